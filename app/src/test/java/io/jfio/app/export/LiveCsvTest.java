package io.jfio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import io.jfio.app.live.LiveViewModel;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

import org.junit.jupiter.api.Test;

class LiveCsvTest {

    @Test
    void everyPointIsARowWithTheChartsUnit() throws Exception {
        LatencySummary clat = new LatencySummary(10, 1_000, 9_000, 2_000, 5, List.of(new Percentile(50, 1_500),
                new Percentile(90, 3_000), new Percentile(99, 8_000), new Percentile(99.9, 9_000)));
        DirectionWindow write = new DirectionWindow(Direction.WRITE, 40960, 10, 20, 80, 4096, clat, clat,
                LatencySummary.EMPTY, null);
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(new IntervalSample("w,1", 1, 0, 500_000_000L, false, List.of(write))));
        StringWriter out = new StringWriter();
        LiveCsv.write(model, out);
        assertEquals(String.join("\n", LiveCsv.HEADER,
                "iops,\"w,1 write\",0.500,20",
                "bandwidth_kibps,\"w,1 write\",0.500,80",
                "clat_nanos,\"w,1 write p50\",0.500,1500",
                "clat_nanos,\"w,1 write p90\",0.500,3000",
                "clat_nanos,\"w,1 write p99\",0.500,8000",
                "clat_nanos,\"w,1 write p99.9\",0.500,9000",
                "clat_nanos,\"w,1 write max\",0.500,9000") + "\n", out.toString());
    }
}
