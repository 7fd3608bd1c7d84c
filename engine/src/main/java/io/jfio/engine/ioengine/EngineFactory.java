package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.NativeIoException;

/** Creates one engine instance for one unit set. Implementations are stateless; any thread. */
@FunctionalInterface
public interface EngineFactory {
    IoEngine create(EngineOptions options, IoUnitSet units) throws NativeIoException;
}
