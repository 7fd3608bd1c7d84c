package io.jfio.model.result;

/**
 * Disk utilisation of one block device over the run, from /proc/diskstats deltas, as fio's
 * "Disk stats (read/write):" section and JSON "disk_util" report it. Immutable; any thread.
 *
 * @param name             the device name (sda, nvme0n1, loop0)
 * @param readIos          reads completed
 * @param writeIos         writes completed
 * @param readMerges       reads merged
 * @param writeMerges      writes merged
 * @param readTicksMillis  time spent reading
 * @param writeTicksMillis time spent writing
 * @param inQueueMillis    weighted time spent doing I/O
 * @param utilPercent      busy time as a percentage of the run's wall-clock time
 */
public record DiskUtil(String name, long readIos, long writeIos, long readMerges, long writeMerges,
                       long readTicksMillis, long writeTicksMillis, long inQueueMillis, double utilPercent) {
}
