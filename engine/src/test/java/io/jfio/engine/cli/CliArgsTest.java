package io.jfio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.status.EtaMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CliArgsTest {

    @Test
    void jobOptionsKeepTheirOrderAndJobFilesAreCollected() {
        CliArgs args = CliArgs.parse("--parse-only", "--name=a", "--rw=randread", "--time_based", "x.fio", "--name=b");
        assertTrue(args.parseOnly());
        assertEquals(List.of("name=a", "rw=randread", "time_based", "name=b"), args.jobOptions());
        assertEquals(List.of("x.fio"), args.jobFiles());
        assertTrue(args.hasJobs());
    }

    @Test
    void cmdhelpWithoutValueMeansAll() {
        assertEquals(Optional.of("all"), CliArgs.parse("--cmdhelp").cmdHelp());
        assertEquals(Optional.of("bs"), CliArgs.parse("--cmdhelp=bs").cmdHelp());
        assertEquals(Optional.of(""), CliArgs.parse("--enghelp").engHelp());
        assertEquals(Optional.of("io_uring,hipri"), CliArgs.parse("--enghelp=io_uring,hipri").engHelp());
    }

    @Test
    void outputFormatTakesFiosCommaList() {
        assertEquals(Set.of(OutputFormat.JSON, OutputFormat.NORMAL), CliArgs.parse("--output-format=json,normal").outputFormats());
        assertEquals(Set.of(OutputFormat.JSON_PLUS), CliArgs.parse("--output-format", "json+").outputFormats());
        assertEquals(Set.of(OutputFormat.TERSE), CliArgs.parse("--minimal").outputFormats());
        assertEquals(Set.of(OutputFormat.NORMAL), CliArgs.parse().outputFormats());
    }

    @Test
    void badOutputFormatNamesTheValueAndTheChoices() {
        CliException e = assertThrows(CliException.class, () -> CliArgs.parse("--output-format=xml"));
        assertEquals("--output-format: 'xml' is not one of normal, json, json+, terse", e.getMessage());
    }

    @Test
    void etaAndStatusIntervalAreRead() {
        CliArgs args = CliArgs.parse("--eta=never", "--status-interval=2s", "--output=out.txt", "--section=heavy");
        assertEquals(EtaMode.NEVER, args.eta());
        assertEquals(Optional.of("2s"), args.statusInterval());
        assertEquals(Optional.of("out.txt"), args.outputFile());
        assertEquals(List.of("heavy"), args.sections());
        assertThrows(CliException.class, () -> CliArgs.parse("--eta=sometimes"));
    }

    @Test
    void terseVersionIsTwoToFive() {
        CliException e = assertThrows(CliException.class, () -> CliArgs.parse("--terse-version=1"));
        assertEquals("--terse-version=1: fio's terse versions are 2, 3, 4 and 5", e.getMessage());
        assertThrows(CliException.class, () -> CliArgs.parse("--terse-version=four"));
        assertEquals(Set.of(OutputFormat.TERSE), CliArgs.parse("--terse-version=3", "--minimal").outputFormats());
        assertEquals(4, CliArgs.parse("--terse-version=4", "--minimal").terseVersion());
        assertEquals(3, CliArgs.parse("--minimal").terseVersion());
    }

    @Test
    void fioServerOptionsAreRefusedWithAReason() {
        CliException e = assertThrows(CliException.class, () -> CliArgs.parse("--client=host1"));
        assertEquals("--client is a fio option jfio does not offer: jfio has no client/server mode", e.getMessage());
    }

    @Test
    void valueOptionWithoutValueIsAnError() {
        CliException e = assertThrows(CliException.class, () -> CliArgs.parse("--output"));
        assertEquals("--output needs a value", e.getMessage());
    }

    @Test
    void flagOptionsRejectValues() {
        assertThrows(CliException.class, () -> CliArgs.parse("--parse-only=1"));
        assertFalse(CliArgs.parse("x.fio").parseOnly());
    }

    @Test
    void dashIsStandardInputJobFile() {
        assertEquals(List.of("-"), CliArgs.parse("-").jobFiles());
    }
}
