package io.jfio.model.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CmdHelpTest {

    private static String lineFor(String text, String option) {
        return text.lines().filter(line -> line.startsWith("  " + option + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + option));
    }

    @Test
    void allListsEveryOptionOnce() {
        String all = CmdHelp.cmdhelp("all");
        long optionLines = all.lines().filter(line -> line.startsWith("  ")).count();
        assertEquals(Options.catalog().all().size(), optionLines);
        assertEquals(all, CmdHelp.cmdhelp(null));
        assertEquals(all, CmdHelp.cmdhelp(""));
    }

    @Test
    void allGroupsByCategory() {
        List<String> lines = CmdHelp.all().lines().toList();
        int blockSize = lines.indexOf("Block size:");
        int buffers = lines.indexOf("Buffers and memory:");
        assertTrue(blockSize > 0 && buffers > blockSize);
        int bs = lines.indexOf(lineFor(CmdHelp.all(), "bs"));
        assertTrue(bs > blockSize && bs < buffers, "bs sits under Block size");
    }

    @Test
    void allMarksWhatJfioDoesNotDo() {
        String all = CmdHelp.all();
        assertEquals("  bs                          : Block size unit", lineFor(all, "bs"));
        assertTrue(lineFor(all, "lockfile").endsWith("[not in jfio]"));
        assertTrue(lineFor(all, "clocksource").endsWith("[ignored]"));
        assertTrue(lineFor(all, "fixedbufs").endsWith("[io_uring,io_uring_cmd]"));
    }

    @Test
    void optionBlockLooksLikeFiosWithJfiosLines() {
        assertEquals("""
                                  bs: Block size unit
                               alias: blocksize
                                type: size in bytes (k/m/g/t/p suffixes, read per kb_base); read,write,trim values separated by ','
                             default: 4096
                               range: min=1
                            category: Block size
                                unit: bytes
                                jfio: implemented
                """, CmdHelp.cmdhelp("bs"));
    }

    @Test
    void optionBlockListsValidValues() {
        String block = CmdHelp.option("rw");
        assertTrue(block.contains("        valid values: read       Sequential read\n"));
        assertTrue(block.contains("                    : randtrimwrite Randomly trim and write mix, trims preceding writes\n"));
    }

    @Test
    void aliasShowsItsOption() {
        assertTrue(CmdHelp.option("timeout").startsWith("             runtime: Stop workload"));
        assertTrue(CmdHelp.option("timeout").contains("a bare number in s"));
    }

    @Test
    void threadSaysJfioAlwaysRunsThreads() {
        assertTrue(CmdHelp.option("thread").contains("note: jfio always runs jobs as threads"));
    }

    @Test
    void ignoredOptionSaysWhy() {
        String block = CmdHelp.option("mem");
        assertTrue(block.contains("jfio: ignored"));
        assertTrue(block.contains("off-heap"));
    }

    @Test
    void unknownOptionSuggestsTheClosest() {
        assertEquals("No such option: blksize; did you mean blocksize?\n", CmdHelp.cmdhelp("blksize"));
        assertEquals("No such option: xyzzyplughfrobnicate\n", CmdHelp.cmdhelp("xyzzyplughfrobnicate"));
    }

    @Test
    void enghelpListsJfioEnginesAndWhatItLacks() {
        String text = CmdHelp.enghelp(null);
        assertTrue(text.startsWith("Available IO engines:\n\tnull\n\tsync\n"));
        assertTrue(text.contains("\tio_uring\n"));
        String lacks = text.lines().filter(line -> line.startsWith("fio engines jfio does not have:")).findFirst()
                .orElseThrow();
        assertTrue(lacks.contains(" net ") && lacks.contains(" sg "));
        assertTrue(!lacks.contains("libaio"));
    }

    @Test
    void enghelpOfAnEngineListsItsOptions() {
        String text = CmdHelp.enghelp("io_uring");
        assertEquals("  fixedbufs                   : Pre map IO buffers", lineFor(text, "fixedbufs"));
        assertTrue(lineFor(text, "nonvectored").endsWith("[not in jfio]"));
        assertEquals("IO engine psync has no options\n", CmdHelp.enghelp("psync"));
    }

    @Test
    void enghelpOfAnEngineJfioLacksSaysSo() {
        assertTrue(CmdHelp.enghelp("net").startsWith("IO engine net is fio's; jfio does not have it.\n"));
        assertTrue(CmdHelp.enghelp("nosuch").startsWith("No such IO engine: nosuch"));
    }

    @Test
    void enghelpOfAnEngineOptionPicksTheEnginesMeaning() {
        assertTrue(CmdHelp.enghelp("rdma,proto").startsWith("                verb: RDMA engine verb\n"));
        assertTrue(CmdHelp.enghelp("net,proto").startsWith("            protocol: Network protocol to use\n"));
        assertEquals("IO engine libaio has no option fixedbufs\n", CmdHelp.enghelp("libaio,fixedbufs"));
    }

    @Test
    void knownEnginesAreJfiosAndFiosInExactSpelling() {
        assertTrue(CmdHelp.isKnownEngine("io_uring"));
        assertTrue(CmdHelp.isKnownEngine("rbd")); // fio's, not jfio's
        assertFalse(CmdHelp.isKnownEngine("IO_URING"));
        assertFalse(CmdHelp.isKnownEngine("nosuch"));
    }
}
