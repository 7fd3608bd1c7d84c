package io.jfio.engine.output.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.ReportFormat;

import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StatusSettingsTest {

    @Test
    void autoShowsTheLineOnlyOnATerminal() {
        assertTrue(EtaMode.AUTO.shows(true));
        assertFalse(EtaMode.AUTO.shows(false));
        assertTrue(EtaMode.ALWAYS.shows(false));
        assertFalse(EtaMode.NEVER.shows(true));
    }

    @Test
    void bareTimesTakeEachOptionsUnit() {
        StatusSettings s = StatusSettings.of(EtaMode.ALWAYS, false, Optional.of("500"), Optional.of("2"),
                Optional.of("1"));
        assertEquals(500_000_000L, s.etaIntervalNanos());
        assertEquals(2_000_000_000L, s.etaNewlineNanos());
        assertEquals(1_000_000_000L, s.statusIntervalNanos());
        assertTrue(s.showEta());
    }

    @Test
    void unitsAreHonouredAndTheEtaIntervalHasAFloor() {
        StatusSettings s = StatusSettings.of(EtaMode.NEVER, true, Optional.of("100"), Optional.empty(),
                Optional.of("1500ms"));
        assertEquals(250_000_000L, s.etaIntervalNanos());
        assertEquals(0, s.etaNewlineNanos());
        assertEquals(1_500_000_000L, s.statusIntervalNanos());
        assertFalse(s.showEta());
        assertTrue(s.active());
    }

    @Test
    void defaultsShowNothingWithoutATerminal() {
        StatusSettings s = StatusSettings.of(EtaMode.AUTO, false, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(1_000_000_000L, s.etaIntervalNanos());
        assertFalse(s.active());
    }

    @Test
    void machineReadableReportsOnStandardOutputGetNoStatusLine() {
        StatusSettings always = StatusSettings.of(EtaMode.ALWAYS, false, Optional.empty(), Optional.empty(),
                Optional.of("1"));
        assertFalse(always.forReports(EnumSet.of(ReportFormat.JSON), true).showEta());
        assertFalse(always.forReports(EnumSet.of(ReportFormat.TERSE, ReportFormat.JSON_PLUS), true).showEta());
        assertTrue(always.forReports(EnumSet.of(ReportFormat.JSON), true).active());
        assertTrue(always.forReports(EnumSet.of(ReportFormat.JSON), false).showEta());
        assertTrue(always.forReports(EnumSet.of(ReportFormat.JSON, ReportFormat.NORMAL), true).showEta());
    }

    @Test
    void aBadTimeNamesItsOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusSettings.of(EtaMode.AUTO,
                false, Optional.empty(), Optional.empty(), Optional.of("soon")));
        assertTrue(e.getMessage().startsWith("--status-interval: 'soon' is not a time"), e.getMessage());
    }
}
