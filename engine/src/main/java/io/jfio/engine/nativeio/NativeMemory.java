package io.jfio.engine.nativeio;

import java.lang.reflect.Field;

/**
 * Raw off-heap memory access by address: plain, acquire and release loads and stores, copies and
 * fills. Used for buffers, iocbs and the io_uring rings, so that the hot path touches native memory
 * without a JNI call or an allocation.
 *
 * <p>Backed by {@code sun.misc.Unsafe} (module jdk.unsupported), the one way in Java 17 to reach an
 * arbitrary address at intrinsic speed. All methods are static and thread-safe in themselves; the
 * caller is responsible for the address being valid and for the ordering the data needs. The
 * orderings offered map onto the io_uring protocol: {@link #getIntAcquire} is a load-acquire (a
 * volatile load, stronger than needed), {@link #putIntRelease} a store-release and
 * {@link #fullFence} the {@code smp_mb()} the SQPOLL wakeup check needs.
 */
public final class NativeMemory {

    private static final sun.misc.Unsafe UNSAFE = loadUnsafe();
    private static final long BYTE_ARRAY_BASE = UNSAFE.arrayBaseOffset(byte[].class);

    /** Page size of this machine in bytes. */
    public static final int PAGE_SIZE = UNSAFE.pageSize();

    private NativeMemory() {
    }

    private static sun.misc.Unsafe loadUnsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("sun.misc.Unsafe is not accessible: " + e);
        }
    }

    /** malloc'd memory, not zeroed; release with {@link #free}. */
    public static long allocate(long sizeBytes) {
        return UNSAFE.allocateMemory(sizeBytes);
    }

    /** malloc'd memory, zeroed; release with {@link #free}. */
    public static long allocateZeroed(long sizeBytes) {
        long address = UNSAFE.allocateMemory(sizeBytes);
        UNSAFE.setMemory(address, sizeBytes, (byte) 0);
        return address;
    }

    /** Frees memory from {@link #allocate}/{@link #allocateZeroed}; 0 is ignored. */
    public static void free(long address) {
        if (address != 0) {
            UNSAFE.freeMemory(address);
        }
    }

    public static byte getByte(long address) {
        return UNSAFE.getByte(address);
    }

    public static void putByte(long address, byte value) {
        UNSAFE.putByte(address, value);
    }

    public static short getShort(long address) {
        return UNSAFE.getShort(address);
    }

    public static void putShort(long address, short value) {
        UNSAFE.putShort(address, value);
    }

    public static int getInt(long address) {
        return UNSAFE.getInt(address);
    }

    public static void putInt(long address, int value) {
        UNSAFE.putInt(address, value);
    }

    public static long getLong(long address) {
        return UNSAFE.getLong(address);
    }

    public static void putLong(long address, long value) {
        UNSAFE.putLong(address, value);
    }

    /** Load with at least acquire ordering: later loads and stores are not moved before it. */
    public static int getIntAcquire(long address) {
        return UNSAFE.getIntVolatile(null, address);
    }

    /** Store with release ordering: earlier loads and stores are visible before it. */
    public static void putIntRelease(long address, int value) {
        UNSAFE.putOrderedInt(null, address, value);
    }

    /** Full two-way memory barrier (smp_mb). */
    public static void fullFence() {
        UNSAFE.fullFence();
    }

    /** memcpy between two native ranges that do not overlap. */
    public static void copy(long sourceAddress, long destinationAddress, long lengthBytes) {
        UNSAFE.copyMemory(sourceAddress, destinationAddress, lengthBytes);
    }

    /** memset. */
    public static void fill(long address, long lengthBytes, byte value) {
        UNSAFE.setMemory(address, lengthBytes, value);
    }

    /** Copies native memory into part of a Java array. */
    public static void copyToArray(long sourceAddress, byte[] destination, int destinationOffset, int lengthBytes) {
        checkRange(destination.length, destinationOffset, lengthBytes);
        UNSAFE.copyMemory(null, sourceAddress, destination, BYTE_ARRAY_BASE + destinationOffset, lengthBytes);
    }

    /** Copies part of a Java array into native memory. */
    public static void copyFromArray(byte[] source, int sourceOffset, long destinationAddress, int lengthBytes) {
        checkRange(source.length, sourceOffset, lengthBytes);
        UNSAFE.copyMemory(source, BYTE_ARRAY_BASE + sourceOffset, null, destinationAddress, lengthBytes);
    }

    /** Writes a NUL-terminated copy of {@code bytes} into fresh malloc'd memory; free it with {@link #free}. */
    public static long allocateCString(byte[] bytes) {
        long address = allocate(bytes.length + 1L);
        copyFromArray(bytes, 0, address, bytes.length);
        putByte(address + bytes.length, (byte) 0);
        return address;
    }

    private static void checkRange(int arrayLength, int offset, int length) {
        if (offset < 0 || length < 0 || offset > arrayLength - length) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " outside array of " + arrayLength);
        }
    }
}
