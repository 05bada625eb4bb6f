package org.rapidstart.provisioning.project.table;

import java.util.Arrays;

/**
 * The keys an import has seen and the row that first had each, held compactly: the keys' characters one after the
 * other in one array, and an open-addressing table of positions. A million postal-code keys take about 50 MB here
 * instead of the 150 MB a map of strings needs, so the import's heap stays small. Exact: keys are compared character
 * by character, never only by hash.
 * <p>
 * A million keys make a table far larger than the processor's caches, so nearly every look-up waits for memory. A
 * caller with many keys at hand first {@link #touch touches} their slots, so that the processor fetches them all at
 * once rather than one after the other, and then looks them up in order.
 */
final class KeySet {

	/** The row number recorded for keys of rows that were saved before the import. */
	static final int SAVED = -1;

	private char[] chars = new char[1 << 16];

	private int used;

	/**
	 * Three ints per slot, side by side so that a probe touches one cache line: the key's offset in {@link #chars}
	 * plus one (0 = free; its length is stored in front of it), its hash, and the row that first had it.
	 */
	private int[] table = new int[3 << 12];

	private int mask = (1 << 12) - 1;

	private int size;

	/** What {@link #touch} read, kept so that the reads are not optimised away. */
	private int touched;

	/** The row that first had this key, or 0 when the key is new (and is now remembered for {@code row}). */
	int firstRowOrAdd(CharSequence key, int row) {
		char[] chars = key.toString().toCharArray();
		return firstRowOrAdd(chars, 0, chars.length, hash(chars, 0, chars.length), row);
	}

	/**
	 * As {@link #firstRowOrAdd(CharSequence, int)} for the key {@code key[start, end)} whose {@link #hash} is
	 * {@code hash}.
	 */
	int firstRowOrAdd(char[] key, int start, int end, int hash, int row) {
		for (int i = hash & this.mask;; i = (i + 1) & this.mask) {
			int at = i * 3;
			int slot = this.table[at];
			if (slot == 0) {
				this.table[at] = store(key, start, end) + 1;
				this.table[at + 1] = hash;
				this.table[at + 2] = row;
				if (++this.size * 2 > this.mask + 1) {
					grow();
				}
				return 0;
			}
			if (this.table[at + 1] == hash && equal(slot - 1, key, start, end)) {
				return this.table[at + 2];
			}
		}
	}

	/** Reads the first slot of each of the hashes, so that their look-ups that follow find them in the cache. */
	void touch(int[] hashes, int count) {
		int[] t = this.table;
		int m = this.mask;
		int sum = 0;
		for (int i = 0; i < count; i++) {
			sum += t[(hashes[i] & m) * 3 + 1];
		}
		this.touched += sum;
	}

	int size() {
		return this.size;
	}

	private int store(char[] key, int start, int end) {
		int length = end - start;
		int need = this.used + 2 + length;
		if (need < 0) {
			throw new IllegalStateException("Too many distinct keys for one import.");
		}
		if (need > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, Math.max(need, this.chars.length + (this.chars.length >> 1)));
		}
		int offset = this.used;
		char[] c = this.chars;
		c[offset] = (char) (length >>> 16);
		c[offset + 1] = (char) length;
		System.arraycopy(key, start, c, offset + 2, length);
		this.used = need;
		return offset;
	}

	private boolean equal(int offset, char[] key, int start, int end) {
		int length = (this.chars[offset] << 16) | this.chars[offset + 1];
		return length == end - start
				&& Arrays.equals(this.chars, offset + 2, offset + 2 + length, key, start, end);
	}

	private void grow() {
		int[] old = this.table;
		this.table = new int[old.length * 2];
		this.mask = (this.mask << 1) | 1;
		for (int j = 0; j < old.length; j += 3) {
			if (old[j] != 0) {
				int i = old[j + 1] & this.mask;
				while (this.table[i * 3] != 0) {
					i = (i + 1) & this.mask;
				}
				System.arraycopy(old, j, this.table, i * 3, 3);
			}
		}
	}

	/** The hash of {@code key[start, end)} (as String's), mixed so that similar keys (postal codes) spread out. */
	static int hash(char[] key, int start, int end) {
		int h = 0;
		for (int i = start; i < end; i++) {
			h = 31 * h + key[i];
		}
		h *= 0x9e3779b9;
		return h ^ (h >>> 16);
	}

}
