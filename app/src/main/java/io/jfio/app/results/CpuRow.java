package io.jfio.app.results;

import io.jfio.model.result.CpuUsage;

/**
 * fio's "cpu : usr=.., sys=.., ctx=.., majf=.., minf=.." of one reported job (averaged over a
 * {@code group_reporting} group as fio does). Immutable; any thread.
 */
public record CpuRow(String jobLabel, CpuUsage cpu) {
}
