package io.jfio.model.job;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionStatus;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.Options;
import io.jfio.model.value.BoolValue;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.RwPattern;
import io.jfio.model.value.SizeValue;
import io.jfio.model.value.SystemInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JobResolverTest {

    @TempDir
    Path workingDirectory;

    private JobResolver resolver() {
        return JobResolver.standard()
                .withEnvironment(Map.of("SIZE", "64m", "NUMJOBS", "3"))
                .withSystem(new SystemInfo(4, 4096, 16000))
                .withWorkingDirectory(workingDirectory);
    }

    private Resolution resolve(String text) {
        return resolver().resolve(JobFileParser.parse(text, "job.fio"));
    }

    private static PerDirection<SizeValue> bs(long bytes) {
        return PerDirection.all(new SizeValue(bytes));
    }

    private static List<String> messages(Resolution resolution) {
        return resolution.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    @Test
    void laterGlobalAddsToAndOverridesEarlierOnesForTheJobsAfterIt() {
        Resolution resolution = resolve("[global]\nbs=8k\nrw=randread\n[a]\n[global]\nbs=16k\niodepth=4\n[b]\nrw=write\n");
        assertEquals(List.of(), resolution.problems());
        JobSpec a = resolution.jobs().get(0);
        JobSpec b = resolution.jobs().get(1);
        assertEquals(bs(8192), a.option("bs").orElseThrow().typed());
        assertTrue(a.option("iodepth").isEmpty());
        assertEquals(bs(16384), b.option("bs").orElseThrow().typed());
        assertEquals(new IntegerValue(4), b.option("iodepth").orElseThrow().typed());
        assertEquals(RwMode.of(RwPattern.WRITE), b.option("rw").orElseThrow().typed());
    }

    @Test
    void effectiveOptionKnowsItsOriginAndWhetherItIsInherited() {
        Resolution resolution = resolve("[global]\nbs=8k\n[a]\nrw = randread\n");
        JobSpec a = resolution.jobs().get(0);
        EffectiveOption bs = a.option("bs").orElseThrow();
        assertTrue(bs.inherited());
        assertEquals(new SourceLocation("job.fio", 2, 4), bs.origin());
        EffectiveOption rw = a.option("rw").orElseThrow();
        assertFalse(rw.inherited());
        assertEquals(new SourceLocation("job.fio", 4, 6), rw.origin());
        assertEquals("randread", rw.text());
    }

    @Test
    void sectionsListTheirOwnOptionsWithRepeatsAfterIncludes() throws Exception {
        Resolution resolution = resolve("[global]\nbs=4k\nbs=8k\n[j]\nsize=1m\nblocksize=16k\n");
        assertEquals(List.of("global:bs=4k,bs=8k", "j:size=1m,blocksize=16k"), resolution.sections().stream()
                .map(s -> s.name() + ":" + s.options().stream().map(o -> o.key() + "=" + o.text())
                        .collect(Collectors.joining(","))).collect(Collectors.toList()));
        assertTrue(resolution.sections().get(0).global());
        Path main = Path.of(getClass().getResource("include/main.fio").toURI());
        List<ResolvedSection> included = resolver().resolve(JobFileParser.parse(main)).sections();
        assertEquals(List.of("filename", "bs", "thread"), included.get(0).options().stream().map(EffectiveOption::key)
                .collect(Collectors.toList()));
    }

    @Test
    void numjobsMakesNumberedClonesOfOneJob() {
        Resolution resolution = resolve("[global]\nbs=4k\n[clones]\nnumjobs=3\n[single]\n");
        List<JobSpec> jobs = resolution.jobs();
        assertEquals(4, jobs.size());
        assertEquals(List.of(0, 1, 2, 0), jobs.stream().map(JobSpec::instance).collect(Collectors.toList()));
        assertEquals(List.of("clones", "clones", "clones", "single"),
                jobs.stream().map(JobSpec::jobName).collect(Collectors.toList()));
        assertEquals(3, jobs.get(2).numjobs());
    }

    @Test
    void groupsFollowStonewallAndNewGroupAsFioNumbersThem() {
        // fio 3.33 --output-format=json on this file: a/0 a/0 b/1 c/2 d/2 e/3 e/3 f/3
        Resolution resolution = resolve("[global]\nioengine=null\nsize=64k\n[a]\nnumjobs=2\n[b]\nstonewall\n"
                + "[c]\nnew_group\n[d]\n[global]\nbs=8k\n[e]\nstonewall\nnumjobs=2\n[global-2]\nrw=write\n[f]\n");
        assertEquals(List.of(), resolution.problems());
        assertEquals(List.of("a/0", "a/0", "b/1", "c/2", "d/2", "e/3", "e/3", "f/3"), resolution.jobs().stream()
                .map(j -> j.jobName() + "/" + j.groupId()).collect(Collectors.toList()));
        JobSpec f = resolution.jobs().get(7);
        assertEquals(RwMode.of(RwPattern.WRITE), f.option("rw").orElseThrow().typed());
        assertTrue(resolution.jobs().get(5).stonewall());
        assertFalse(resolution.jobs().get(6).stonewall());
    }

    @Test
    void laterJobFileStartsWithAStonewallAndDoesNotInheritGlobals() {
        JobFile first = JobFileParser.parse("[global]\nbs=8k\n[a]\n", "f1.fio");
        JobFile second = JobFileParser.parse("[b]\n", "f2.fio");
        List<JobSpec> jobs = resolver().resolve(List.of(first, second)).jobsOrThrow();
        assertEquals(0, jobs.get(0).groupId());
        assertEquals(1, jobs.get(1).groupId());
        assertTrue(jobs.get(1).stonewall());
        assertTrue(jobs.get(1).option("bs").isEmpty());
    }

    @Test
    void kbBaseFromGlobalAppliesToTheJobsSizes() {
        JobSpec job = resolve("[global]\nkb_base=1000\n[j]\nbs=4k\n").jobsOrThrow().get(0);
        assertEquals(bs(4000), job.option("bs").orElseThrow().typed());
    }

    @Test
    void kbBaseAppliesWhereverItStandsInTheSection() {
        JobSpec job = resolve("[j]\nbs=4k\nkb_base=1000\n").jobsOrThrow().get(0);
        assertEquals(bs(4000), job.option("bs").orElseThrow().typed());
    }

    @Test
    void inheritedSizeKeepsTheKbBaseOfTheGlobalThatSetIt() {
        JobSpec job = resolve("[global]\nbs=4k\n[j]\nkb_base=1000\nsize=1m\n").jobsOrThrow().get(0);
        assertEquals(bs(4096), job.option("bs").orElseThrow().typed());
        assertEquals(new SizeValue(1_000_000), job.option("size").orElseThrow().typed());
    }

    @Test
    void environmentVariablesAreSubstitutedBeforeTyping() {
        List<JobSpec> jobs = resolve("[random-writers]\nrw=randwrite\nsize=${SIZE}\nnumjobs=${NUMJOBS}\n").jobsOrThrow();
        assertEquals(3, jobs.size());
        EffectiveOption size = jobs.get(0).option("size").orElseThrow();
        assertEquals("${SIZE}", size.text());
        assertEquals("64m", size.value());
        assertEquals(new SizeValue(64L << 20), size.typed());
    }

    @Test
    void reservedKeywordsAndTheirArithmeticAreSubstituted() {
        List<JobSpec> jobs = resolve("[j]\nnumjobs=$ncpus/2\nsize=8*$mb_memory\nbs=$pagesize\n").jobsOrThrow();
        assertEquals(2, jobs.size());
        assertEquals(new SizeValue(128_000), jobs.get(0).option("size").orElseThrow().typed());
        assertEquals(bs(4096), jobs.get(0).option("bs").orElseThrow().typed());
    }

    @Test
    void valueErrorShowsTheTextBeforeSubstitution() {
        assertEquals(List.of("job.fio:2:4: bs: empty value; expected a size such as 4k ('${FIO_BS}' became '' after"
                + " substitution)"), messages(resolve("[j]\nbs=${FIO_BS}\n")));
    }

    @Test
    void nameOptionRenamesTheJob() {
        JobSpec job = resolve("[global]\nname=ignored\n[section]\nname=reported\n").jobsOrThrow().get(0);
        assertEquals("reported", job.jobName());
        assertEquals("section", job.sectionName());
    }

    @Test
    void aliasIsFoundUnderTheCanonicalName() {
        JobSpec job = resolve("[j]\nblocksize=8k\nwait_for_previous\n").jobsOrThrow().get(0);
        assertEquals(bs(8192), job.value("bs", PerDirection.class).orElseThrow());
        assertEquals("blocksize", job.option("blocksize").orElseThrow().key());
        assertEquals(new BoolValue(true), job.option("stonewall").orElseThrow().typed());
    }

    @Test
    void includeIsExpandedRelativeToTheIncludingFile() throws Exception {
        Path main = Path.of(getClass().getResource("include/main.fio").toURI());
        Resolution resolution = resolver().resolve(JobFileParser.parse(main));
        assertEquals(List.of(), resolution.problems());
        JobSpec test = resolution.jobs().get(0);
        assertEquals(bs(16384), test.option("bs").orElseThrow().typed());
        assertEquals(new IntegerValue(4), test.option("iodepth").orElseThrow().typed());
        EffectiveOption size = test.option("size").orElseThrow();
        assertEquals(new SizeValue(1 << 20), size.typed());
        assertEquals(main.resolveSibling("sub").resolve("nested.fio").toString(), size.origin().file());
        assertEquals(2, size.origin().line());
    }

    @Test
    void includeFoundInTheWorkingDirectoryWinsAsInFio() throws Exception {
        java.nio.file.Files.writeString(workingDirectory.resolve("glob-include.fio"), "bs=32k\n");
        Path main = Path.of(getClass().getResource("include/main.fio").toURI());
        JobSpec test = resolver().resolve(JobFileParser.parse(main)).jobsOrThrow().get(0);
        assertEquals(bs(32768), test.option("bs").orElseThrow().typed());
    }

    @Test
    void missingIncludeNamesThePath() throws Exception {
        Path file = Path.of(getClass().getResource("include/missing.fio").toURI());
        Resolution resolution = resolver().resolve(JobFileParser.parse(file));
        assertEquals(List.of(file + ":2:9: cannot open include file 'does-not-exist.fio' (looked for "
                + workingDirectory.resolve("does-not-exist.fio") + " and " + file.resolveSibling("does-not-exist.fio")
                + ")"), messages(resolution));
    }

    @Test
    void errorInAnIncludedFilePointsIntoIt() throws Exception {
        Path file = Path.of(getClass().getResource("include/bad-value.fio").toURI());
        Resolution resolution = resolver().resolve(JobFileParser.parse(file));
        assertEquals(List.of(file.resolveSibling("bad.inc") + ":2:4: bs: '0' is below the minimum 1"), messages(resolution));
    }

    @Test
    void includedFileMayNotOpenASection() throws Exception {
        Path file = Path.of(getClass().getResource("include/section.fio").toURI());
        Resolution resolution = resolver().resolve(JobFileParser.parse(file));
        assertEquals(List.of(file.resolveSibling("with-section.inc") + ":2:1: an included file may not start a section"
                + " ([other])"), messages(resolution));
    }

    @Test
    void includeCycleIsReported() throws Exception {
        Path file = Path.of(getClass().getResource("include/self.fio").toURI());
        List<String> messages = messages(resolver().resolve(JobFileParser.parse(file)));
        assertTrue(messages.contains(file + ":2:9: include 'self.fio' would include itself again"), messages.toString());
    }

    @Test
    void unknownOptionSuggestsTheClosestName() {
        assertEquals(List.of("job.fio:2:1: unknown option 'blksize'; did you mean 'bs'?"),
                messages(resolve("[j]\nblksize=4k\n")));
    }

    @Test
    void optionNamesAreCaseSensitiveAsInFio() {
        assertEquals(List.of("job.fio:2:1: unknown option 'BS'; did you mean 'bs'?"), messages(resolve("[j]\nBS=4k\n")));
    }

    @Test
    void badValueSaysWhatWasExpectedWithFileLineAndColumn() {
        assertEquals(List.of("job.fio:3:4: bs: '0' is below the minimum 1"), messages(resolve("[j]\nrw=read\nbs=0\n")));
        assertEquals(List.of("job.fio:2:4: rw: 'randrd' is not one of read, write, trim, randread, randwrite, randtrim,"
                + " rw, readwrite, randrw, trimwrite, randtrimwrite"), messages(resolve("[j]\nrw=randrd\n")));
    }

    @Test
    void bareKeyForAnOptionThatNeedsAValue() {
        assertEquals(List.of("job.fio:2:1: bs: needs a value (bs=...)"), messages(resolve("[j]\nbs\n")));
    }

    /** A catalog row with {@code status}, so these tests hold whichever options the real table marks. */
    private static OptionSpec anyWithStatus(OptionStatus status) {
        Optional<OptionSpec> spec = Options.catalog().all().stream()
                .filter(s -> s.status() == status && !s.isEngineOption() && s.type() != OptionType.DEPRECATED)
                .findFirst();
        assumeTrue(spec.isPresent(), "no " + status + " option in the catalog");
        return spec.get();
    }

    private static String line(OptionSpec spec) {
        return spec.type() == OptionType.FLAG ? spec.name() : spec.name() + "=" + spec.defaultValue();
    }

    @Test
    void notImplementedOptionIsAnError() {
        OptionSpec spec = anyWithStatus(OptionStatus.NOT_IMPLEMENTED);
        Resolution resolution = resolve("[j]\n" + line(spec) + "\n");
        assertTrue(messages(resolution).contains("job.fio:2:1: option '" + spec.name()
                + "' is known to fio but not implemented by jfio yet"), messages(resolution).toString());
        assertTrue(resolution.hasErrors());
    }

    @Test
    void ignoredOptionIsAWarningOnly() {
        OptionSpec spec = anyWithStatus(OptionStatus.IGNORED);
        Resolution resolution = resolve("[j]\n" + line(spec) + "\n");
        assertTrue(messages(resolution).contains("job.fio:2:1: warning: option '" + spec.name()
                + "' is accepted but has no effect in jfio"), messages(resolution).toString());
    }

    @Test
    void engineOptionNeedsItsEngineInTheSameSectionOrAbove() {
        OptionSpec hipri = Options.catalog().lookup("hipri").orElseThrow();
        String engine = hipri.engines().get(0);
        assertEquals(List.of("job.fio:2:1: option 'hipri' only works with ioengine " + String.join(" or ", hipri.engines())
                + "; this section uses psync"), messages(resolve("[j]\nhipri\n")));
        assertEquals(List.of(), messages(resolver().withEngines(Set.of(engine))
                .resolve(JobFileParser.parse("[j]\nhipri\nioengine=" + engine + "\n", "job.fio"))));
        assertEquals(List.of(), messages(resolver().withEngines(Set.of(engine))
                .resolve(JobFileParser.parse("[global]\nioengine=" + engine + "\n[j]\nhipri\n", "job.fio"))));
    }

    @Test
    void engineOptionInGlobalIsCheckedAgainstTheGlobalsEngineAsFioDoes() {
        OptionSpec hipri = Options.catalog().lookup("hipri").orElseThrow();
        assertEquals(List.of("job.fio:2:1: option 'hipri' only works with ioengine " + String.join(" or ", hipri.engines())
                + "; this section uses psync"), messages(resolve("[global]\nhipri\n[j]\nioengine=io_uring\n")));
    }

    @Test
    void fioEngineThatJfioLacksIsNamedWithJfiosEngines() {
        assertEquals(List.of("job.fio:2:10: ioengine: 'rbd' is a fio engine that jfio does not have; jfio's engines:"
                + " io_uring, libaio, mmap, null, posixaio, psync, pvsync, pvsync2, sync, vsync"),
                messages(resolve("[j]\nioengine=rbd\n")));
    }

    @Test
    void unknownEngineIsNamedWithJfiosEngines() {
        List<String> messages = messages(resolve("[j]\nioengine=nosuch\n"));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("job.fio:2:10: ioengine: unknown engine 'nosuch'; jfio's engines: "));
    }

    @Test
    void engineSetIsAParameter() {
        Resolution resolution = resolver().withEngines(Set.of("null")).resolve(
                JobFileParser.parse("[j]\nioengine=libaio\n", "job.fio"));
        assertEquals(List.of("job.fio:2:10: ioengine: 'libaio' is a fio engine that jfio does not have; jfio's engines:"
                + " null"), messages(resolution));
    }

    @Test
    void optionOutsideAnySectionIsAnError() {
        assertEquals(List.of("job.fio:2:3: option 'bs' is outside any [section]"),
                messages(resolve("; top\n  bs=4k\n[j]\n")));
    }

    @Test
    void emptySectionNameIsAnError() {
        assertEquals(List.of("job.fio:1:2: empty section name"), messages(resolve("[]\nbs=4k\n")));
    }

    @Test
    void unrecognisedLinesAreErrors() {
        assertEquals(List.of("job.fio:1:1: malformed section header; expected [name]",
                "job.fio:3:3: '=' without an option name before it"), messages(resolve("[j\n[k]\n  =4k\n")));
    }

    @Test
    void allProblemsOfAFileAreCollectedInLineOrder() {
        Resolution resolution = resolve("[global]\nrw=randrd\n[j]\nbs=0\nblksize=4k\nrw=randrd\n");
        assertEquals(4, resolution.errors().size());
        assertEquals(List.of(2, 4, 5, 6), resolution.problems().stream().map(Problem::line).collect(Collectors.toList()));
        JobFileException e = org.junit.jupiter.api.Assertions.assertThrows(JobFileException.class, resolution::jobsOrThrow);
        assertEquals(4, e.problems().size());
        assertEquals(4, e.getMessage().split(System.lineSeparator()).length);
        assertTrue(e.getMessage().startsWith("job.fio:2:4: rw: 'randrd' is not one of"));
    }

    @Test
    void blankAfterEqualsIsReadButWarnsThatFioMisreadsIt() {
        Resolution resolution = resolve("[j]\nbs = 8k\n");
        assertEquals(bs(8192), resolution.jobs().get(0).option("bs").orElseThrow().typed());
        assertEquals(List.of("job.fio:2:6: warning: bs: fio 3.33 keeps the blank after '=' as part of the value and"
                + " misreads it (bs= 8k is 8 bytes to fio); write 'bs=8k'"), messages(resolution));
    }

    @Test
    void commentGluedToAValueIsPointedOut() {
        Resolution resolution = resolve("[j]\nfilename=/tmp/a#b\nbs=4k ; spaced comments are fine\n");
        assertEquals(List.of("job.fio:2:10: warning: filename: '#b' starts a comment, so the value is '/tmp/a' (fio has"
                + " no escape for ';' and '#')"), messages(resolution));
    }

    @Test
    void valueWarningsBecomeProblems() {
        assertEquals(List.of("job.fio:2:9: warning: iodepth: fio uses only the first value '4' of '4,8'"),
                messages(resolve("[j]\niodepth=4,8\n")));
    }

    @Test
    void numjobsZeroIsAnError() {
        Resolution resolution = resolve("[j]\nnumjobs=0\n");
        assertEquals(List.of("job.fio:2:9: numjobs: '0' clones no job (fio 3.33 fails with 'maximum number of jobs"
                + " reached'); use 1 or more"), messages(resolution));
    }

    @Test
    void globalOnlyFileHasNoJobs() {
        assertEquals(List.of(), resolve("[global]\nbs=4k\n").jobsOrThrow());
    }
}
