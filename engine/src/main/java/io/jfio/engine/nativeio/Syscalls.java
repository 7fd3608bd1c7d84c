package io.jfio.engine.nativeio;

/**
 * Raw Linux system calls that glibc does not wrap (or that jfio calls without libaio.so), made
 * through {@code syscall(2)}. Every wrapper returns the kernel's convention: a value &gt;= 0 on
 * success, {@code -errno} on failure.
 *
 * <p>The numbers are those of <b>x86_64</b> (arch/x86/entry/syscalls/syscall_64.tbl); io_uring's
 * three calls have the same numbers on every architecture, the others do not. {@link #checkArchitecture()}
 * refuses to run elsewhere rather than issue a wrong call. Any thread.
 */
public final class Syscalls {

    public static final long SYS_FSTAT = 5;
    public static final long SYS_IO_SETUP = 206;
    public static final long SYS_IO_DESTROY = 207;
    public static final long SYS_IO_GETEVENTS = 208;
    public static final long SYS_IO_SUBMIT = 209;
    public static final long SYS_IOPRIO_SET = 251;
    public static final long SYS_IOPRIO_GET = 252;
    public static final long SYS_GETTID = 186;
    public static final long SYS_GETPRIORITY = 140;
    public static final long SYS_SETPRIORITY = 141;
    public static final long SYS_IO_URING_SETUP = 425;
    public static final long SYS_IO_URING_ENTER = 426;
    public static final long SYS_IO_URING_REGISTER = 427;

    private static final boolean X86_64 = isX86_64(System.getProperty("os.arch", ""));

    private Syscalls() {
    }

    static boolean isX86_64(String osArch) {
        return osArch.equals("amd64") || osArch.equals("x86_64");
    }

    /** Throws if the syscall numbers above do not apply to this machine. */
    public static void checkArchitecture() throws NativeIoException {
        if (!X86_64) {
            throw new NativeIoException("raw system calls are only wired for x86_64, not "
                    + System.getProperty("os.arch"), Errno.ENOSYS);
        }
    }

    /** syscall with up to six arguments; returns the result or -errno. */
    public static long call(long number, long a1, long a2, long a3, long a4, long a5, long a6) {
        return HotCalls.syscall(number, a1, a2, a3, a4, a5, a6);
    }

    /** fstat(2) into a 144-byte struct stat; see {@link FileStat}. */
    public static int fstat(int fd, long statAddress) {
        return (int) call(SYS_FSTAT, fd, statAddress, 0, 0, 0, 0);
    }

    /** io_setup(2): creates a context for {@code maxEvents} and stores its id at {@code contextAddress}. */
    public static int ioSetup(int maxEvents, long contextAddress) {
        return (int) call(SYS_IO_SETUP, maxEvents, contextAddress, 0, 0, 0, 0);
    }

    public static int ioDestroy(long context) {
        return (int) call(SYS_IO_DESTROY, context, 0, 0, 0, 0, 0);
    }

    /** io_submit(2): {@code iocbPointersAddress} is an array of {@code count} struct iocb pointers. */
    public static int ioSubmit(long context, int count, long iocbPointersAddress) {
        return (int) call(SYS_IO_SUBMIT, context, count, iocbPointersAddress, 0, 0, 0);
    }

    /** io_getevents(2); {@code timeoutAddress} 0 blocks until {@code minEvents} completions. */
    public static int ioGetEvents(long context, int minEvents, int maxEvents, long eventsAddress, long timeoutAddress) {
        return (int) call(SYS_IO_GETEVENTS, context, minEvents, maxEvents, eventsAddress, timeoutAddress, 0);
    }

    /**
     * getpriority(2), raw: the kernel returns {@code 20 - nice} (1 to 40), so unlike glibc's wrapper a
     * result is never confused with an error. With {@code which} PRIO_PROCESS (0), {@code who} is a thread id.
     */
    public static int getpriority(int which, int who) {
        return (int) call(SYS_GETPRIORITY, which, who, 0, 0, 0, 0);
    }

    /** setpriority(2): {@code nice} -20 to 19; with PRIO_PROCESS, Linux sets the one thread {@code who} names. */
    public static int setpriority(int which, int who, int nice) {
        return (int) call(SYS_SETPRIORITY, which, who, nice, 0, 0, 0);
    }

    /** io_uring_setup(2) with a 120-byte struct io_uring_params (see {@link IoUringAbi}). */
    public static int ioUringSetup(int entries, long paramsAddress) {
        return (int) call(SYS_IO_URING_SETUP, entries, paramsAddress, 0, 0, 0, 0);
    }

    /** io_uring_enter(2) without a signal mask. */
    public static int ioUringEnter(int ringFd, int toSubmit, int minComplete, int flags) {
        return (int) call(SYS_IO_URING_ENTER, ringFd, toSubmit, minComplete, flags, 0, 0);
    }

    public static int ioUringRegister(int ringFd, int opcode, long argumentAddress, int count) {
        return (int) call(SYS_IO_URING_REGISTER, ringFd, opcode, argumentAddress, count, 0, 0);
    }

    /** ioprio_set(2) for {@code who} of kind {@code which} (1 = a thread id, 0 meaning the caller). */
    public static int ioprioSet(int which, int who, int ioprio) {
        return (int) call(SYS_IOPRIO_SET, which, who, ioprio, 0, 0, 0);
    }

    public static int ioprioGet(int which, int who) {
        return (int) call(SYS_IOPRIO_GET, which, who, 0, 0, 0, 0);
    }
}
