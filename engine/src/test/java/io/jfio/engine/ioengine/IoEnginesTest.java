package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The engine table: names, lookup, capabilities, availability on this machine. */
class IoEnginesTest {

    @Test
    void tableListsEveryEngineInOrder() {
        assertEquals(List.of("null", "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap",
                "posixaio"), IoEngines.all().stream().map(EngineInfo::name).toList());
    }

    @Test
    void lookupIgnoresCaseAndSurroundingSpace() {
        assertEquals("io_uring", IoEngines.find(" IO_URING ").orElseThrow().name());
        assertTrue(IoEngines.find("spdk").isEmpty());
    }

    @Test
    void everyEngineIsEitherSynchronousOrNot() {
        for (EngineInfo info : IoEngines.all()) {
            assertFalse(info.has(Capability.SYNCHRONOUS) && info.has(Capability.ASYNCHRONOUS), info.name());
        }
        assertTrue(IoEngines.require("psync").has(Capability.SYNCHRONOUS));
        assertTrue(IoEngines.require("libaio").has(Capability.ASYNCHRONOUS));
        assertTrue(IoEngines.require("null").has(Capability.DISKLESS));
        assertFalse(IoEngines.require("mmap").has(Capability.DIRECT_IO));
        assertTrue(IoEngines.require("io_uring").has(Capability.HIPRI));
    }

    @Test
    void libcEnginesAreAvailableEverywhere() {
        for (String name : List.of("null", "sync", "psync", "vsync", "pvsync", "pvsync2", "mmap")) {
            assertNull(IoEngines.require(name).unavailableReason(), name);
        }
    }

    @Test
    void engineReportsItsOwnCapabilities() throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(1, 512, 4096);
             IoEngine engine = IoEngines.create("pvsync2", EngineOptions.defaults(), units)) {
            assertEquals(IoEngines.require("pvsync2").capabilities(), engine.capabilities());
        }
    }
}
