package io.jfio.app.results;

import io.jfio.model.result.RateSummary;

/**
 * fio's "bw (KiB/s): min=.., max=.., per=..%, avg=.., stdev=.., samples=.." and "iops : min=.., ..." lines
 * of one reported job and direction: the rates over its {@code bwavgtime} and {@code iopsavgtime} windows.
 * Immutable; any thread.
 *
 * @param jobLabel              the reported job ("seq", "seq (4 jobs)")
 * @param direction             read, write or trim
 * @param bandwidthKiBps        the bandwidth windows' summary, KiB/s
 * @param iops                  the IOPS windows' summary
 * @param shareOfGroupPercent   fio's "per=" (JSON bw_agg): the mean window bandwidth as a share of the group's
 */
public record RateRow(String jobLabel, String direction, RateSummary bandwidthKiBps, RateSummary iops,
                      double shareOfGroupPercent) {
}
