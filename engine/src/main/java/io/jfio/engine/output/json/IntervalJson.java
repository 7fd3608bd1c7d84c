package io.jfio.engine.output.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.IntervalFigures;
import io.jfio.model.result.Direction;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

import java.io.IOException;

/**
 * Writes jfio's "interval" object of a periodic JSON report: what a job did since the previous report,
 * with the same key names as fio's cumulative figures where they mean the same thing:
 * <pre>
 * "interval" : {
 *   "start_ms" : 1000, "end_ms" : 2000, "windows" : 2,
 *   "read" : { "io_bytes" : .., "io_kbytes" : .., "bw_bytes" : .., "bw" : .., "iops" : .., "total_ios" : ..,
 *              "slat_ns" : {..}, "clat_ns" : {..}, "lat_ns" : {..} },
 *   "write" : {..}, "trim" : {..}
 * }
 * </pre>
 * Times are milliseconds since the job's start (after ramp_time); rates are over the time the windows cover;
 * latency objects carry "percentile" only when the interval is a single sample window. Stateless; the caller's
 * thread.
 */
final class IntervalJson {

    private IntervalJson() {
    }

    static void write(JsonGenerator json, IntervalFigures interval) throws IOException {
        json.writeObjectFieldStart("interval");
        json.writeNumberField("start_ms", interval.startNanos() / 1_000_000);
        json.writeNumberField("end_ms", interval.endNanos() / 1_000_000);
        json.writeNumberField("windows", interval.windows());
        for (Direction d : Direction.values()) {
            json.writeObjectFieldStart(d.label());
            long bytesPerSecond = (long) interval.bytesPerSecond(d);
            json.writeNumberField("io_bytes", interval.bytes(d));
            json.writeNumberField("io_kbytes", interval.bytes(d) >> 10);
            json.writeNumberField("bw_bytes", bytesPerSecond);
            json.writeNumberField("bw", bytesPerSecond / 1024);
            JsonReport.writeDouble(json, "iops", interval.iops(d));
            json.writeNumberField("total_ios", interval.ios(d));
            writeLatency(json, "slat_ns", interval.slat(d));
            writeLatency(json, "clat_ns", interval.clat(d));
            writeLatency(json, "lat_ns", interval.lat(d));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeLatency(JsonGenerator json, String key, LatencySummary s) throws IOException {
        json.writeObjectFieldStart(key);
        JsonReport.writeLatencyFields(json, s);
        if (!s.isEmpty() && !s.percentiles().isEmpty()) {
            json.writeObjectFieldStart("percentile");
            for (Percentile p : s.percentiles()) {
                json.writeNumberField(FioFormat.six(p.percent()), p.valueNanos());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
