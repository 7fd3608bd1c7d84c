/**
 * What a job's worker asks before each I/O: direction, file, offset and size ({@link
 * io.jfio.engine.workload.IoPlanner}), and when it may issue it ({@link io.jfio.engine.workload.RateLimiter},
 * {@link io.jfio.engine.workload.ThinkTime}, {@link io.jfio.engine.workload.MinRateMonitor}). Options come in
 * as plain parsed values ({@link io.jfio.engine.workload.WorkloadSpec}, {@link io.jfio.engine.workload.RateSpec},
 * {@link io.jfio.engine.workload.ThinkTimeSpec}); everything per I/O runs on the job's one I/O thread and
 * allocates nothing.
 *
 * <p>A worker loop on top of it, in outline:
 *
 * <pre>{@code
 * RandomSeeds seeds = RandomSeeds.of(randrepeat, randseedGiven, randseed, jobNumber);
 * IoPlanner planner = new IoPlanner(workload, regions, seeds);
 * long start = System.nanoTime();
 * RateLimiter rate = RateLimiter.forJob(rateSpec, workload, seeds, start);
 * ThinkTime think = new ThinkTime(thinkSpec, start);
 * MinRateMonitor floor = new MinRateMonitor(rateSpec, start);     // after ramp_time
 * while (true) {
 *     int step = planner.next();
 *     if (step == IoPlanner.DONE) {
 *         break;
 *     }
 *     if (step == IoPlanner.LOOP_END) {                           // drain, count the loop, re-open
 *         continue;
 *     }
 *     if (step == IoPlanner.SYNC) {                               // drain, then fsync/fdatasync
 *         continue;
 *     }
 *     int dir = planner.directionIndex();
 *     long wait = rate.delayNanos(dir, System.nanoTime());       // park or spin that long
 *     long now = System.nanoTime();
 *     // engine: queue(planner.fileIndex(), dir, planner.offsetBytes(), planner.lengthBytes())
 *     rate.onIssued(dir, planner.lengthBytes(), now);
 *     long stall = think.afterIssue(now);
 *     // on reaping n completions: floor.onCompleted(dir, bytes) each;
 *     //   stall = think.afterCompletions(n, now); if (!floor.check(now)) stop with floor.failureMessage(job)
 *     // if stall > 0: spin think.spinNanos(), sleep the rest; with rate_ignore_thinktime rate.shift(stall)
 * }
 * }</pre>
 */
package io.jfio.engine.workload;
