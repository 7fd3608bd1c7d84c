package io.jfio.model.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptionsCatalogTest {

    private static final Options CATALOG = Options.catalog();
    private static final Pattern LISTING_LINE = Pattern.compile("^( *)([^ :]+) *: ?(.*)$");

    private static OptionSpec spec(String name) {
        return CATALOG.lookup(name).orElseThrow(() -> new AssertionError("no option " + name));
    }

    private static Set<String> names(List<OptionSpec> specs) {
        return specs.stream().map(OptionSpec::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The option names of a --cmdhelp=all or --enghelp=ENGINE listing. */
    private static List<String> listed(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LISTING_LINE.matcher(line);
            if (m.matches()) {
                found.add(m.group(2));
            }
        }
        return found;
    }

    @Test
    void everyRowIsConsistent() {
        for (OptionSpec spec : CATALOG.all()) {
            String name = spec.name();
            assertFalse(spec.help().isBlank(), name + " has help");
            assertEquals(spec.type() == OptionType.ENUM, !spec.allowedValues().isEmpty(), name + " values iff ENUM");
            assertEquals(spec.isEngineOption(), spec.category() == OptionCategory.ENGINE_SPECIFIC, name);
            assertEquals(spec.isEngineOption(), spec.parsePriority() == -2, name + " priority");
            if (spec.min() != null && spec.max() != null) {
                assertTrue(spec.min() <= spec.max(), name + " min <= max");
            }
            if (spec.type() == OptionType.TIME) {
                assertNotEquals(OptionUnit.NONE, spec.unit(), name + " says what a bare number means");
            }
            if (spec.type() == OptionType.SIZE) {
                assertEquals(OptionUnit.BYTES, spec.unit(), name);
            }
            if (spec.percentAllowed()) {
                assertEquals(OptionType.SIZE, spec.type(), name + " percent only on sizes");
            }
            if (spec.type() == OptionType.DEPRECATED) {
                assertNotEquals(OptionStatus.IMPLEMENTED, spec.status(), name);
            }
        }
    }

    @Test
    void namesAndAliasesAreUnique() {
        Set<String> names = new HashSet<>();
        for (OptionSpec spec : CATALOG.all()) {
            assertTrue(names.add(spec.name()), "duplicate " + spec.name());
        }
        for (OptionSpec spec : CATALOG.all()) {
            for (String alias : spec.aliases()) {
                assertFalse(names.contains(alias), alias + " is both a name and an alias");
            }
        }
    }

    @Test
    void generalOptionsAreWhatFioCmdhelpAllListsPlusHiddenDeprecatedAndProfileOnes() {
        List<String> cmdhelpAll = listed(Golden.lines("fio-cmdhelp-all.txt"));
        assertEquals(217, cmdhelpAll.size());
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        for (String line : Golden.lines("fio-general-options.tsv")) {
            String[] cells = line.split("\t");
            byKind.computeIfAbsent(cells[0], k -> new TreeSet<>()).add(cells[1]);
        }
        assertEquals(new TreeSet<>(cmdhelpAll), byKind.get("listed"));
        assertEquals(Set.of("bs_is_seq_rand", "iomem_align", "softrandommap", "verify_async_cpus"), byKind.get("hidden"));
        Set<String> expected = new TreeSet<>();
        byKind.values().forEach(expected::addAll);
        assertEquals(expected, names(CATALOG.general()));
        assertEquals(Set.of("block", "numruns", "dir", "threads", "device-names", "load", "test-duration",
                "threads-per-queue", "read-req-num-512-blocks", "large-block-op-kbytes", "prep"), byKind.get("profile"));
        assertEquals(217 + 4 + 5 + 11, CATALOG.general().size());
    }

    @Test
    void engineOptionsAreWhatFioEnghelpLists() {
        Map<String, List<String>> byEngine = new LinkedHashMap<>();
        String engine = null;
        for (String line : Golden.lines("fio-enghelp.txt")) {
            if (line.startsWith("== ")) {
                engine = line.substring(3).trim();
                byEngine.put(engine, new ArrayList<>());
            } else if (engine != null && !line.contains("has no options")) {
                byEngine.get(engine).addAll(listed(List.of(line)));
            }
        }
        assertEquals(33, byEngine.size());
        Set<String> allEngineOptions = new TreeSet<>();
        byEngine.forEach((name, options) -> {
            assertEquals(new TreeSet<>(options), names(CATALOG.engineOptions(name)), name);
            allEngineOptions.addAll(options);
        });
        assertEquals(allEngineOptions, names(CATALOG.all().stream().filter(OptionSpec::isEngineOption).toList()));
    }

    @Test
    void sharedEngineOptionIsOneRowWithEveryEngine() {
        assertEquals(List.of("io_uring", "io_uring_cmd", "pvsync2", "sg"), spec("hipri").engines());
        assertEquals(List.of("io_uring", "io_uring_cmd", "libaio"), spec("cmdprio_percentage").engines());
    }

    @Test
    void aliasesResolveToTheirOption() {
        assertEquals("bs", spec("blocksize").name());
        assertEquals("rw", spec("readwrite").name());
        assertEquals("runtime", spec("timeout").name());
        assertEquals("iodepth_batch", spec("iodepth_batch_submit").name());
        assertEquals("steadystate", spec("ss").name());
        assertEquals("mem", spec("iomem").name());
    }

    @Test
    void lookupIsCaseSensitiveLikeFio() {
        assertTrue(CATALOG.lookup("bs").isPresent());
        assertEquals(Optional.empty(), CATALOG.lookup("BS"));
        assertEquals(Optional.empty(), CATALOG.lookup("BlockSize"));
        assertFalse(spec("bs").answersTo("Bs"));
    }

    @Test
    void sharedAliasProtoResolvesPerEngine() {
        assertEquals("protocol", spec("proto").name());
        assertEquals("verb", CATALOG.lookup("proto", "rdma").orElseThrow().name());
        assertEquals("protocol", CATALOG.lookup("proto", "netsplice").orElseThrow().name());
        assertEquals(Optional.empty(), CATALOG.lookup("hipri", "psync"));
        assertEquals("bs", CATALOG.lookup("blocksize", "libaio").orElseThrow().name());
    }

    @Test
    void closestSuggestsANameForATypo() {
        assertEquals(Optional.of("blocksize"), CATALOG.closest("blksize"));
        assertEquals(Optional.of("iodepth"), CATALOG.closest("io_depth"));
        assertEquals(Optional.of("bs"), CATALOG.closest("BS"));
        assertEquals(Optional.empty(), CATALOG.closest("xyzzyplughfrobnicate"));
    }

    @Test
    void rwHasFiosElevenDirections() {
        List<String> values = spec("rw").allowedValues().stream().map(AllowedValue::value).toList();
        assertEquals(List.of("read", "write", "trim", "randread", "randwrite", "randtrim", "rw", "readwrite", "randrw",
                "trimwrite", "randtrimwrite"), values);
        assertEquals("Random read", spec("rw").allowedValues().get(3).help());
    }

    @Test
    void ioengineAllowsEveryEngineFioHas() {
        OptionSpec ioengine = spec("ioengine");
        assertEquals("psync", ioengine.defaultValue());
        List<String> engines = Golden.lines("fio-enghelp.txt").stream()
                .filter(line -> line.startsWith("== ")).map(line -> line.substring(3).trim()).toList();
        for (String engine : engines) {
            assertTrue(ioengine.allows(engine), engine);
        }
        assertTrue(ioengine.allows("external"));
        assertEquals(34, ioengine.allowedValues().size());
    }

    @Test
    void timeOptionsKnowTheUnitOfABareNumber() {
        assertEquals(OptionUnit.SECONDS, spec("runtime").unit());
        assertEquals(OptionUnit.SECONDS, spec("ramp_time").unit());
        assertEquals(OptionUnit.MICROSECONDS, spec("thinktime").unit());
        assertEquals(OptionType.TIME, spec("thinktime").type());
        assertEquals(OptionUnit.SECONDS, spec("thinktime_iotime").unit());
        assertEquals(OptionUnit.MICROSECONDS, spec("latency_target").unit());
        assertEquals(OptionUnit.MICROSECONDS, spec("max_latency").unit());
        assertEquals(OptionType.INT, spec("log_avg_msec").type());
        assertEquals(OptionUnit.MILLISECONDS, spec("log_avg_msec").unit());
    }

    @Test
    void byteCountsAreSizesEvenWhereFioSaysInteger() {
        for (String name : List.of("bs", "ba", "size", "io_size", "filesize", "offset", "offset_increment", "zonesize",
                "rate", "rate_min", "iomem_align")) {
            assertEquals(OptionType.SIZE, spec(name).type(), name);
        }
        assertEquals(OptionType.INT, spec("rate_iops").type());
        assertEquals(OptionType.RANGE, spec("bsrange").type());
        assertEquals(OptionType.SPLIT, spec("bssplit").type());
        assertEquals(OptionType.FLAG, spec("time_based").type());
        assertEquals(OptionType.BOOL, spec("direct").type());
        assertEquals(OptionType.FLOAT_LIST, spec("percentile_list").type());
    }

    @Test
    void percentFlagsFollowFio() {
        for (String name : List.of("size", "io_size", "offset", "offset_increment")) {
            assertTrue(spec(name).percentAllowed(), name);
        }
        assertFalse(spec("filesize").percentAllowed());
        assertFalse(spec("bs").percentAllowed());
    }

    @Test
    void perDirectionFlagsFollowTheHowto() {
        for (String name : List.of("bs", "ba", "bsrange", "bssplit", "rate", "rate_min", "rate_iops", "rate_iops_min",
                "percentage_random", "max_latency", "random_distribution")) {
            assertTrue(spec(name).perDirection(), name);
        }
        assertFalse(spec("rwmixread").perDirection());
        assertFalse(spec("size").perDirection());
    }

    @Test
    void rangeFlagsFollowTheHowto() {
        assertTrue(spec("filesize").rangeAllowed());
        assertTrue(spec("startdelay").rangeAllowed());
        assertFalse(spec("size").rangeAllowed());
    }

    @Test
    void implementedOptionsAreJfiosScope() {
        Set<String> scope = new TreeSet<>(List.of(("description name wait_for filename directory filename_format rw"
                + " rwmixread rwmixwrite percentage_random bs bsrange bssplit ba bs_unaligned size filesize nrfiles"
                + " file_service_type offset offset_increment io_size number_ios zonesize zonerange zoneskip numjobs"
                + " iodepth iodepth_low iodepth_batch iodepth_batch_complete_min iodepth_batch_complete_max"
                + " io_submit_mode time_based runtime ramp_time startdelay loops rate rate_iops rate_min rate_iops_min"
                + " rate_process rate_cycle thinktime thinktime_blocks thinktime_spin randrepeat randseed norandommap"
                + " random_generator random_distribution zero_buffers refill_buffers scramble_buffers"
                + " buffer_compress_percentage buffer_pattern stonewall new_group group_reporting exitall exit_what"
                + " cpus_allowed prio prioclass nice ioengine direct buffered sync fsync fdatasync end_fsync fsync_on_close"
                + " invalidate fallocate pre_read unlink create_on_open iomem_align thread kb_base unit_base"
                + " percentile_list clat_percentiles lat_percentiles slat_percentiles disk_util write_lat_log"
                + " write_bw_log write_iops_log write_hist_log log_avg_msec log_hist_msec log_hist_coarseness"
                + " log_max_value log_offset log_prio per_job_logs bwavgtime iopsavgtime log_compression"
                + " log_store_compressed fixedbufs registerfiles sqthread_poll hipri").split(" ")));
        Set<String> implemented = names(CATALOG.all().stream()
                .filter(spec -> spec.status() == OptionStatus.IMPLEMENTED).toList());
        assertEquals(scope, implemented);
    }

    @Test
    void ignoredOptionsAreFewAndDeliberate() {
        Set<String> ignored = names(CATALOG.all().stream().filter(spec -> spec.status() == OptionStatus.IGNORED).toList());
        Set<String> expected = new TreeSet<>(List.of("gtod_reduce", "gtod_cpu", "clocksource", "mem", "hugepage-size",
                "log_entries", "unique_filename", "flow_watermark", "verifysort", "verifysort_nr"));
        expected.addAll(names(CATALOG.all().stream().filter(spec -> spec.category() == OptionCategory.MISC
                && !spec.name().equals("profile")).toList()));
        assertEquals(21, expected.size());
        assertEquals(expected, ignored);
        for (String name : ignored) {
            assertTrue(OptionNotes.of(name).isPresent(), name + " says why it is ignored");
        }
    }

    @Test
    void profileOptionsAreIgnoredOutsideAProfile() {
        assertEquals(OptionStatus.IGNORED, spec("threads").status());
        assertEquals(OptionCategory.MISC, spec("threads").category());
        assertEquals(OptionType.TIME, spec("test-duration").type());
        assertEquals(OptionStatus.NOT_IMPLEMENTED, spec("profile").status());
        assertEquals(OptionCategory.IO_SIZE, spec("size").category());
    }

    @Test
    void deprecatedOptionsFioFailsOnAreNotImplemented() {
        assertEquals(OptionType.DEPRECATED, spec("rwmixcycle").type());
        assertEquals(OptionStatus.NOT_IMPLEMENTED, spec("rwmixcycle").status());
        assertEquals(OptionStatus.NOT_IMPLEMENTED, spec("percentage_sequential").status());
        assertEquals(OptionStatus.IGNORED, spec("verifysort").status());
    }

    @Test
    void categoriesFollowTheHowtoSections() {
        assertEquals(OptionCategory.UNITS, spec("kb_base").category());
        assertEquals(OptionCategory.BLOCK_SIZE, spec("bs").category());
        assertEquals(OptionCategory.IO_RATE, spec("thinktime").category());
        assertEquals(OptionCategory.IO_LATENCY, spec("rate_cycle").category());
        assertEquals(OptionCategory.REPORTING, spec("write_lat_log").category());
        assertEquals(OptionCategory.REPORTING, spec("log_prio").category());
        assertEquals(OptionCategory.ENGINE_SPECIFIC, spec("fixedbufs").category());
        assertEquals(OptionCategory.MISC, spec("profile").category());
    }

    @Test
    void jfioEnginesAreFioEngines() {
        for (String engine : JfioEngines.NAMES) {
            assertTrue(spec("ioengine").allows(engine), engine);
        }
        assertTrue(JfioEngines.isAvailable("io_uring"));
        assertFalse(JfioEngines.isAvailable("net"));
        assertFalse(JfioEngines.missing().contains("libaio"));
        assertTrue(JfioEngines.missing().contains("sg"));
        assertEquals(spec("ioengine").allowedValues().size(), JfioEngines.NAMES.size() + JfioEngines.missing().size());
    }
}
