package io.jfio.engine.ioengine;

/**
 * A fixed-capacity FIFO of unit indices with random access from the head, without allocation.
 * Engines use it for units queued or in flight in submission order. Confined to one thread.
 */
final class UnitFifo {

    private final int[] slots;
    private int head;
    private int size;

    UnitFifo(int capacity) {
        this.slots = new int[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size == slots.length;
    }

    void add(int unitIndex) {
        if (size == slots.length) {
            throw new IllegalStateException("more units queued than the unit set holds");
        }
        int tail = head + size;
        slots[tail >= slots.length ? tail - slots.length : tail] = unitIndex;
        size++;
    }

    /** The {@code i}-th entry from the head. */
    int get(int i) {
        int at = head + i;
        return slots[at >= slots.length ? at - slots.length : at];
    }

    int remove() {
        if (size == 0) {
            throw new IllegalStateException("empty");
        }
        int value = slots[head];
        head = head + 1 == slots.length ? 0 : head + 1;
        size--;
        return value;
    }

    /** Removes the entry at {@code i} from the head, moving the last entry into its place (order changes). */
    int removeAtBySwap(int i) {
        int at = head + i;
        at = at >= slots.length ? at - slots.length : at;
        int value = slots[at];
        int last = head + size - 1;
        last = last >= slots.length ? last - slots.length : last;
        slots[at] = slots[last];
        size--;
        return value;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
