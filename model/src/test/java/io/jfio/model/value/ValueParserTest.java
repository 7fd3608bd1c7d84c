package io.jfio.model.value;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.Options;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed values per catalog row; expectations follow fio 3.33's HOWTO and --debug=parse output. */
class ValueParserTest {

    private static final SizeValue K4 = new SizeValue(4096);
    private static final SizeValue K8 = new SizeValue(8192);
    private static final SizeValue K32 = new SizeValue(32768);

    private static OptionSpec spec(String name) {
        return Options.catalog().lookup(name).orElseThrow();
    }

    private static ParsedValue parse(String option, String text) {
        return ValueParser.parse(spec(option), text, 1024);
    }

    private static OptionValue value(String option, String text) {
        return parse(option, text).value();
    }

    private static String error(String option, String text) {
        return assertThrows(ValueException.class, () -> parse(option, text)).getMessage();
    }

    @Test
    void singleBlockSizeAppliesToAllDirections() {
        assertEquals(PerDirection.all(new SizeValue(262144)), value("bs", "256k"));
    }

    @Test
    void lastBlockSizeCarriesOnToTrims() {
        assertEquals(new PerDirection<>(K8, K32, K32), value("bs", "8k,32k"));
    }

    @Test
    void trailingCommaLeavesTrimsAtTheDefault() {
        assertEquals(new PerDirection<>(K8, K32, null), value("bs", "8k,32k,"));
    }

    @Test
    void emptyFirstElementLeavesReadsAtTheDefault() {
        assertEquals(new PerDirection<>(null, K8, K8), value("bs", ",8k"));
        assertEquals(new PerDirection<>(null, K8, null), value("bs", ",8k,"));
    }

    @Test
    void emptyMiddleElementLeavesWritesAtTheDefault() {
        assertEquals(new PerDirection<>(K4, null, K8), value("bs", "4k,,8k"));
    }

    @Test
    void colonAndDashSplitDirectionsWithAWarning() {
        ParsedValue colon = parse("bs", "4k:8k");
        assertEquals(new PerDirection<>(K4, K8, K8), colon.value());
        ParsedValue dash = parse("bs", "4k-8k");
        assertEquals(new PerDirection<>(K4, K8, K8), dash.value());
        assertEquals(1, dash.warnings().size());
        assertTrue(dash.warnings().get(0).startsWith("'4k-8k' is read as separate read,write,trim values"));
    }

    @Test
    void moreThanThreeDirectionsIsRefused() {
        assertEquals("at most three values (read,write,trim) are allowed, found 4", error("bs", "1k,2k,3k,4k"));
    }

    @Test
    void blockSizeBelowMinimumSaysTheMinimum() {
        assertEquals("'0' is below the minimum 1", error("bs", "0"));
    }

    @Test
    void aliasUsesTheSameGrammar() {
        assertEquals(PerDirection.all(K4), value("blocksize", "4k"));
    }

    @Test
    void rwPatternAndRandomModifier() {
        assertEquals(new RwMode(RwPattern.RANDREAD, 8, 0), value("rw", "randread:8"));
        assertEquals(RwMode.of(RwPattern.READWRITE), value("rw", "readwrite"));
        assertEquals(RwMode.of(RwPattern.READWRITE), value("readwrite", "rw"));
    }

    @Test
    void rwSequentialModifierIsAGapInBytes() {
        assertEquals(new RwMode(RwPattern.WRITE, 1, 4096), value("rw", "write:4k"));
    }

    @Test
    void rwNegativeGapReadsBackwards() {
        assertEquals(new RwMode(RwPattern.READ, 1, -8192), value("rw", "read:-8k"));
    }

    @Test
    void rwUnknownPatternListsThePatterns() {
        assertEquals("'randrd' is not one of read, write, trim, randread, randwrite, randtrim, rw, readwrite, randrw,"
                + " trimwrite, randtrimwrite", error("rw", "randrd"));
    }

    @Test
    void rwPatternIsCaseSensitiveAsInFio() {
        assertTrue(error("rw", "RandRead").startsWith("'RandRead' is not one of"));
    }

    @Test
    void rwBadRandomModifierIsRefused() {
        assertEquals("'x' after 'randread:' is not a number of I/Os (1 or more)", error("rw", "randread:x"));
    }

    @Test
    void zipfWithThetaAndCenter() {
        RandomDistribution zipf = (RandomDistribution) value("random_distribution", "zipf:1.2:0.25");
        assertEquals(RandomDistribution.Kind.ZIPF, zipf.kind());
        assertEquals(1.2, zipf.parameter());
        assertEquals(0.25, zipf.center());
    }

    @Test
    void zipfWithoutThetaTakesFiosDefault() {
        assertEquals(1.1, ((RandomDistribution) value("random_distribution", "zipf")).parameter());
    }

    @Test
    void distributionParametersAreRangeChecked() {
        assertEquals("zipf theta must not be 1.0", error("random_distribution", "zipf:1"));
        assertEquals("pareto power '1.5' must lie between 0 and 1 (exclusive)", error("random_distribution", "pareto:1.5"));
        assertEquals("normal deviation '100.0' must be at least 0 and below 100", error("random_distribution", "normal:100"));
    }

    @Test
    void zonedDistributionAppliesOneZoneListToAllDirections() {
        RandomDistribution zoned = (RandomDistribution) value("random_distribution", "zoned:60/10:30/20:8/30:2/40");
        List<RandomDistribution.Zone> zones = List.of(new RandomDistribution.Zone(60, 10), new RandomDistribution.Zone(30, 20),
                new RandomDistribution.Zone(8, 30), new RandomDistribution.Zone(2, 40));
        assertEquals(PerDirection.all(zones), zoned.zones());
    }

    @Test
    void zonedAbsoluteSizesAreBytes() {
        RandomDistribution zoned = (RandomDistribution) value("random_distribution", "zoned_abs:60/20G:40/100G");
        assertEquals(new RandomDistribution.Zone(60, 21_474_836_480L), zoned.zones().read().get(0));
    }

    @Test
    void zonedZonesWithoutSizeShareTheRestAsInFio() {
        // fio 3.33 --debug=parse: zoned:50/5:30/:20/ gives 50/5, 30/47, 20/47
        RandomDistribution zoned = (RandomDistribution) value("random_distribution", "zoned:50/5:30/:20/");
        assertEquals(List.of(new RandomDistribution.Zone(50, 5), new RandomDistribution.Zone(30, 47),
                new RandomDistribution.Zone(20, 47)), zoned.zones().read());
        RandomDistribution noSlash = (RandomDistribution) value("random_distribution", "zoned:50/5:30/15:20");
        assertEquals(new RandomDistribution.Zone(20, 80), noSlash.zones().read().get(2));
    }

    @Test
    void zonedSizesOver100AndAbsoluteZoneWithoutSizeAreRefused() {
        assertEquals("zone sizes in '50/50:50/60' add up to 110%, more than 100", error("random_distribution", "zoned:50/50:50/60"));
        assertEquals("zone '20/' in '50/10G:30/100G:20/' needs a size (access%/size)",
                error("random_distribution", "zoned_abs:50/10G:30/100G:20/"));
    }

    @Test
    void zonedAccessMustAddUpTo100() {
        assertEquals("access percentages in '50/5:40/95' add up to 90, not 100",
                error("random_distribution", "zoned:50/5:40/95"));
    }

    @Test
    void bssplitWithPercentages() {
        BlockSizeSplit split = new BlockSizeSplit(List.of(new BlockSizeSplit.Entry(4096, 50), new BlockSizeSplit.Entry(65536, 50)));
        assertEquals(PerDirection.all(split), value("bssplit", "4k/50:64k/50"));
    }

    @Test
    void bssplitBlankPercentagesShareTheRemainder() {
        PerDirection<?> split = (PerDirection<?>) value("bssplit", "4k/50:1k/:32k/");
        assertEquals(new BlockSizeSplit(List.of(new BlockSizeSplit.Entry(4096, 50), new BlockSizeSplit.Entry(1024, 25),
                new BlockSizeSplit.Entry(32768, 25))), split.read());
    }

    @Test
    void bssplitPerDirection() {
        PerDirection<?> split = (PerDirection<?>) value("bssplit", "2k/50:4k/50,4k/90:8k/10");
        assertEquals(new BlockSizeSplit(List.of(new BlockSizeSplit.Entry(2048, 50), new BlockSizeSplit.Entry(4096, 50))),
                split.read());
        assertEquals(new BlockSizeSplit(List.of(new BlockSizeSplit.Entry(4096, 90), new BlockSizeSplit.Entry(8192, 10))),
                split.write());
        assertEquals(split.write(), split.trim());
    }

    @Test
    void bssplitSingleSizeWithoutPercentageIsAll() {
        PerDirection<?> split = (PerDirection<?>) value("bssplit", "4k");
        assertEquals(100, ((BlockSizeSplit) split.read()).totalPercent());
    }

    @Test
    void bssplitOver100IsRefused() {
        assertEquals("percentages in '4k/60:64k/50' add up to 110, more than 100", error("bssplit", "4k/60:64k/50"));
        assertEquals("'x' in '4k/x' is not a percentage (a whole number 0 to 100)", error("bssplit", "4k/x"));
    }

    @Test
    void filenameListSplitsAtColonsAndUnescapes() {
        assertEquals(new FileNameList(List.of("/dev/sda", "/dev/sdb")), value("filename", "/dev/sda:/dev/sdb"));
        assertEquals(new FileNameList(List.of("/dev/dsk/foo@3,0:c")), value("filename", "/dev/dsk/foo@3,0\\:c"));
        assertEquals(new FileNameList(List.of("F:\\filename")), value("filename", "F\\:\\filename"));
    }

    @Test
    void filenameListSkipsEmptyNamesWithAWarningAsFioDoes() {
        // fio 3.33 runs filename=a::b on a and b, filename=a: on a
        ParsedValue doubled = parse("filename", "/a::/b");
        assertEquals(new FileNameList(List.of("/a", "/b")), doubled.value());
        assertEquals(List.of("'/a::/b' has an empty name (a ':' at an end or '::'); skipped, as fio 3.33 does"),
                doubled.warnings());
        ParsedValue trailing = parse("filename", "/a:");
        assertEquals(new FileNameList(List.of("/a")), trailing.value());
        assertEquals(1, trailing.warnings().size());
        ParsedValue escaped = parse("filename", "/a\\::/b");
        assertEquals(new FileNameList(List.of("/a:", "/b")), escaped.value());
        assertEquals(List.of(), escaped.warnings());
    }

    @Test
    void filenameListOfNoNameIsRefused() {
        assertEquals("'::' names nothing; separate names with ':' and write a colon inside a name as \\:",
                error("filename", "::"));
        assertTrue(error("filename", "").startsWith("'' names nothing"));
    }

    @Test
    void directoryIsAColonListLikeFilename() {
        // fio 3.33 shares directory=d1::d2 between d1 and d2 and refuses directory=::
        assertEquals(new FileNameList(List.of("d1", "d2", "d:3")), value("directory", "d1::d2:d\\:3"));
        assertTrue(error("directory", ":").startsWith("':' names nothing"));
    }

    @Test
    void floatListWithRange() {
        assertEquals(new FloatListValue(List.of(99.0, 99.9, 99.99)), value("percentile_list", "99:99.9:99.99"));
        assertEquals("'101' is above the maximum 100", error("percentile_list", "99:101"));
        assertEquals("'abc' is not a decimal number", error("percentile_list", "99:abc"));
    }

    @Test
    void boolTakesOnlyZeroOrOneAsFioDoes() {
        assertEquals(new BoolValue(true), value("direct", "1"));
        assertEquals(new BoolValue(false), value("direct", "0"));
        assertEquals("'true' is not 0 or 1 (fio takes only numbers here)", error("direct", "true"));
        assertEquals("'2' is above the maximum 1", error("direct", "2"));
    }

    @Test
    void boolNeedsAValue() {
        assertEquals("needs a value (direct=...)", error("direct", null));
    }

    @Test
    void flagIsSetByABareKeyOrANonZeroNumber() {
        assertEquals(new BoolValue(true), value("time_based", null));
        assertEquals(new BoolValue(true), value("time_based", "2"));
        assertEquals(new BoolValue(false), value("time_based", "0"));
    }

    @Test
    void zoneUnitsAreRefusedWithTheReason() {
        assertEquals("'1z': zone units (z) need zonemode=zbd, which jfio does not support", error("size", "1z"));
    }

    @Test
    void percentWhereAllowed() {
        assertEquals(new PercentValue(50), value("size", "50%"));
        assertEquals("'150%' is above the maximum 100%", error("size", "150%"));
        assertEquals("'50%': a percentage is not allowed here; expected a size such as 4k", error("bs", "50%"));
    }

    @Test
    void rangePerDirectionAndSwappedEnds() {
        assertEquals(new PerDirection<>(new RangeValue(1024, 4096), new RangeValue(2048, 8192), new RangeValue(2048, 8192)),
                value("bsrange", "1k-4k,2k-8k"));
        assertEquals(PerDirection.all(new RangeValue(1024, 4096)), value("bsrange", "4k:1k"));
        assertEquals("'4k' is not a range such as 1k-4k", error("bsrange", "4k"));
    }

    @Test
    void startdelayTakesATimeRange() {
        assertEquals(new RangeValue(1_000_000_000L, 5_000_000_000L), value("startdelay", "1-5"));
        assertEquals(new RangeValue(2_000_000_000L, 2_000_000_000L), value("startdelay", "2s"));
    }

    @Test
    void integerWithSuffixAndRange() {
        assertEquals(new IntegerValue(1024), value("iodepth", "1k"));
        assertEquals("'0' is below the minimum 1", error("iodepth", "0"));
        assertEquals("'101' is above the maximum 100", error("rwmixread", "101"));
    }

    @Test
    void negativeIntegerOnlyWhereTheMinimumAllowsIt() {
        assertEquals(new IntegerValue(-5), value("nice", "-5"));
        assertEquals("'-20' is negative; expected an integer of 0 or more", error("iodepth", "-20"));
    }

    @Test
    void extraValuesOfAScalarOptionAreIgnoredWithAWarning() {
        ParsedValue parsed = parse("iodepth", "4,8");
        assertEquals(new IntegerValue(4), parsed.value());
        assertEquals(List.of("fio uses only the first value '4' of '4,8'"), parsed.warnings());
    }

    @Test
    void timeOptionUsesItsDefaultUnitAndSuffixes() {
        assertEquals(new TimeValue(30_000_000_000L), value("runtime", "30"));
        assertEquals(new TimeValue(500_000L), value("thinktime", "500"));
        assertEquals(new TimeValue(10_000_000L), value("thinktime", "10ms"));
    }

    @Test
    void enumValueIsCheckedAgainstTheCatalog() {
        assertEquals(new EnumValue("1000", null), value("kb_base", "1000"));
        assertEquals("'1023' is not one of 1024, 1000", error("kb_base", "1023"));
    }

    @Test
    void ioengineKeepsTheExternalPathAsModifier() {
        assertEquals(new EnumValue("external", "/opt/engine.so"), value("ioengine", "external:/opt/engine.so"));
        assertEquals(new EnumValue("rbd", null), value("ioengine", "rbd"));
    }

    @Test
    void stringIsStoredAsGiven() {
        assertEquals(new StringValue("a test, with commas: and colons"), value("description", "a test, with commas: and colons"));
        assertEquals(new StringValue(""), value("description", ""));
    }

    @Test
    void sizeHonoursTheKbBaseItIsGiven() {
        assertEquals(PerDirection.all(new SizeValue(4000)), ValueParser.parse(spec("bs"), "4k", 1000).value());
    }
}
