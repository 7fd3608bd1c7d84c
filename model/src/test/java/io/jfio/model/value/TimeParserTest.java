package io.jfio.model.value;

import io.jfio.model.option.OptionUnit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values match fio 3.33's --debug=parse output (microseconds there, nanoseconds here). */
class TimeParserTest {

    private final List<String> warnings = new ArrayList<>();

    private long nanos(String text, OptionUnit unit) {
        return TimeParser.parseNanos(text, unit, warnings);
    }

    @Test
    void bareNumberIsInTheOptionsDefaultUnit() {
        assertEquals(10_000_000_000L, nanos("10", OptionUnit.SECONDS));
        assertEquals(10_000L, nanos("10", OptionUnit.MICROSECONDS));
        assertEquals(10_000_000L, nanos("10", OptionUnit.MILLISECONDS));
    }

    @Test
    void everyUnitSuffix() {
        assertEquals(10_000L, nanos("10us", OptionUnit.SECONDS));
        assertEquals(10_000L, nanos("10usec", OptionUnit.SECONDS));
        assertEquals(10_000_000L, nanos("10ms", OptionUnit.SECONDS));
        assertEquals(10_000_000L, nanos("10msec", OptionUnit.SECONDS));
        assertEquals(10_000_000_000L, nanos("10s", OptionUnit.MICROSECONDS));
        assertEquals(600_000_000_000L, nanos("10m", OptionUnit.SECONDS));
        assertEquals(3_600_000_000_000L, nanos("1h", OptionUnit.SECONDS));
        assertEquals(86_400_000_000_000L, nanos("1d", OptionUnit.SECONDS));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void unitsAreCaseInsensitive() {
        assertEquals(10_000_000_000L, nanos("10S", OptionUnit.SECONDS));
        assertEquals(10_000_000L, nanos("10MS", OptionUnit.SECONDS));
        assertEquals(600_000_000_000L, nanos("10M", OptionUnit.SECONDS));
    }

    @Test
    void nanosecondsAreReadWithAWarningAboutFio() {
        assertEquals(500L, nanos("500ns", OptionUnit.MICROSECONDS));
        assertEquals(List.of("fio 3.33 has no nanosecond unit and reads '500ns' as 500 microseconds"), warnings);
    }

    @Test
    void secFollowsTheHowtoWithAWarningAboutFio() {
        assertEquals(10_000_000_000L, nanos("10sec", OptionUnit.SECONDS));
        assertEquals(List.of("fio 3.33 reads '10sec' as 10 microseconds despite its HOWTO; write 10s"), warnings);
    }

    @Test
    void unknownUnitIsRefused() {
        ValueException e = assertThrows(ValueException.class, () -> nanos("10min", OptionUnit.SECONDS));
        assertEquals("unknown time unit 'min' in '10min' (use ns, us, ms, s, m, h or d)", e.getMessage());
    }

    @Test
    void fractionIsRefused() {
        ValueException e = assertThrows(ValueException.class, () -> nanos("1.5s", OptionUnit.SECONDS));
        assertEquals("'1.5s' is not a whole number; use a smaller unit (fio 3.33 would silently drop the fraction)",
                e.getMessage());
    }

    @Test
    void negativeAndHexAreRefused() {
        assertThrows(ValueException.class, () -> nanos("-1", OptionUnit.SECONDS));
        assertThrows(ValueException.class, () -> nanos("0x10", OptionUnit.SECONDS));
    }

    @Test
    void expressionNumbersAreMicroseconds() {
        assertEquals(3_000L, nanos("(1+2)", OptionUnit.SECONDS));
        assertEquals(1_500_000_000L, nanos("(1s+500ms)", OptionUnit.SECONDS));
        assertEquals(1_500L, nanos("(3/2)", OptionUnit.SECONDS));
    }
}
