package io.jfio.engine.nativeio;

import com.sun.jna.Native;

/**
 * Linux error numbers jfio tests for, and their messages. Any thread.
 */
public final class Errno {

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ENOSPC = 28;
    public static final int ENOSYS = 38;
    public static final int ETIME = 62;
    public static final int EOPNOTSUPP = 95;
    public static final int EINPROGRESS = 115;
    public static final int ECANCELED = 125;

    private Errno() {
    }

    /** errno as the calling thread's last native call left it. */
    public static int last() {
        return Native.getLastError();
    }

    /** strerror: "No such file or directory". */
    public static String message(int errorNumber) {
        String text = LibC.strerror(errorNumber);
        return text == null ? "error " + errorNumber : text;
    }
}
