package io.jfio.engine.run;

import io.jfio.model.result.DiskUtil;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiskStatsTest {

    private static final String BEFORE = " 254       0 vda 100 10 8000 50 200 20 16000 80 0 1000 130 0 0 0 0\n"
            + " 254       1 vda1 90 10 7000 45 190 20 15000 70 0 900 115 0 0 0 0\n";
    private static final String AFTER = " 254       0 vda 1100 12 88000 550 700 25 56000 380 0 3000 1130 0 0 0 0\n";

    @Test
    void diskUtilIsTheDifferenceOfTwoSnapshotsOverTheRun() throws Exception {
        DiskStats before = snapshot(BEFORE);
        DiskStats after = snapshot(AFTER);
        List<DiskUtil> util = after.since(before, List.of("vda"), 4000);
        assertEquals(List.of(new DiskUtil("vda", 1000, 500, 2, 5, 500, 300, 1000, 50.0)), util);
    }

    @Test
    void aDeviceMissingFromASnapshotIsLeftOut() throws Exception {
        assertEquals(List.of(), snapshot(AFTER).since(snapshot(BEFORE), List.of("vdb"), 1000));
    }

    private static DiskStats snapshot(String text) {
        return DiskStats.of(text);
    }
}
