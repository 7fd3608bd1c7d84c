package io.jfio.engine.nativeio;

/**
 * mmap(2)/munmap(2)/msync(2)/madvise(2) over file descriptors. Any thread; a mapping belongs to
 * whoever created it and must be unmapped once.
 */
public final class MemoryMap {

    private MemoryMap() {
    }

    /** Maps {@code lengthBytes} of {@code fd} from {@code offsetBytes} (page-aligned) shared. */
    public static long map(int fd, long offsetBytes, long lengthBytes, boolean writable, String path)
            throws NativeIoException {
        int protection = OpenFlags.PROT_READ | (writable ? OpenFlags.PROT_WRITE : 0);
        long address = LibC.mmap(0, lengthBytes, protection, OpenFlags.MAP_SHARED, fd, offsetBytes);
        if (address == OpenFlags.MAP_FAILED) {
            throw NativeIoException.of("mmap " + path + " (" + lengthBytes + " bytes at " + offsetBytes + ")",
                    Errno.last());
        }
        return address;
    }

    public static void unmap(long address, long lengthBytes, String what) throws NativeIoException {
        if (LibC.munmap(address, lengthBytes) != 0) {
            throw NativeIoException.of("munmap " + what, Errno.last());
        }
    }

    /** msync(MS_SYNC) of a mapped range; returns 0 or -errno (per-I/O path, no exception). */
    public static int sync(long address, long lengthBytes) {
        return LibC.msync(address, lengthBytes, OpenFlags.MS_SYNC) == 0 ? 0 : -Errno.last();
    }

    /** madvise(2); {@code advice} is a MADV_* constant. Returns 0 or -errno. */
    public static int advise(long address, long lengthBytes, int advice) {
        return LibC.madvise(address, lengthBytes, advice) == 0 ? 0 : -Errno.last();
    }
}
