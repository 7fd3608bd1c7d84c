package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.NativeIoException;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One row of the engine table: name, one-line description, capabilities, factory, and whether this
 * machine can run it (probed once, on first ask, by trying the system calls the engine needs).
 * Thread-safe.
 */
public final class EngineInfo {

    private final String name;
    private final String description;
    private final Set<Capability> capabilities;
    private final EngineFactory factory;
    private final Supplier<String> availabilityProbe;
    private volatile String unavailableReason;
    private volatile boolean probed;

    EngineInfo(String name, String description, Set<Capability> capabilities, EngineFactory factory,
               Supplier<String> availabilityProbe) {
        this.name = name;
        this.description = description;
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        this.factory = factory;
        this.availabilityProbe = availabilityProbe;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public boolean isAvailable() {
        return unavailableReason() == null;
    }

    /** Why this engine cannot run here ("io_uring_setup(1 entries, flags 0x0): Operation not permitted"), or null. */
    public String unavailableReason() {
        if (!probed) {
            synchronized (this) {
                if (!probed) {
                    String reason;
                    try {
                        reason = availabilityProbe.get();
                    } catch (LinkageError e) {
                        reason = "native library not loadable: " + e.getMessage();
                    }
                    unavailableReason = reason;
                    probed = true;
                }
            }
        }
        return unavailableReason;
    }

    /** A new engine for {@code units}; throws if unavailable or its setup fails. */
    public IoEngine create(EngineOptions options, IoUnitSet units) throws NativeIoException {
        String reason = unavailableReason();
        if (reason != null) {
            throw new NativeIoException("ioengine " + name + " is not available: " + reason, 0);
        }
        return factory.create(options, units);
    }

    @Override
    public String toString() {
        return name;
    }
}
