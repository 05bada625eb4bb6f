package org.rapidstart.provisioning.project.table;

import java.util.Arrays;

/**
 * The keys an import has seen and the row that first had each, held compactly: the keys' characters one after the
 * other in one array, and an open-addressing table of positions. A million postal-code keys take about 50 MB here
 * instead of the 150 MB a map of strings needs, so the import's heap stays small. Exact: keys are compared character
 * by character, never only by hash.
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

	/**
	 * The row that first had this key, or 0 when the key is new (and is now remembered for {@code row}).
	 */
	int firstRowOrAdd(String key, int row) {
		int hash = hash(key);
		for (int i = hash & this.mask;; i = (i + 1) & this.mask) {
			int at = i * 3;
			int slot = this.table[at];
			if (slot == 0) {
				this.table[at] = store(key) + 1;
				this.table[at + 1] = hash;
				this.table[at + 2] = row;
				if (++this.size * 2 > this.mask + 1) {
					grow();
				}
				return 0;
			}
			if (this.table[at + 1] == hash && equal(slot - 1, key)) {
				return this.table[at + 2];
			}
		}
	}

	int size() {
		return this.size;
	}

	private int store(String key) {
		int length = key.length();
		int need = this.used + 2 + length;
		if (need < 0) {
			throw new IllegalStateException("Too many distinct keys for one import.");
		}
		if (need > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, Math.max(need, this.chars.length + (this.chars.length >> 1)));
		}
		int offset = this.used;
		this.chars[offset] = (char) (length >>> 16);
		this.chars[offset + 1] = (char) length;
		key.getChars(0, length, this.chars, offset + 2);
		this.used = need;
		return offset;
	}

	private boolean equal(int offset, String key) {
		int length = (this.chars[offset] << 16) | this.chars[offset + 1];
		if (length != key.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (this.chars[offset + 2 + i] != key.charAt(i)) {
				return false;
			}
		}
		return true;
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

	/** The string's hash, mixed so that similar keys (postal codes) spread over the table. */
	private static int hash(String key) {
		int h = key.hashCode() * 0x9e3779b9;
		return h ^ (h >>> 16);
	}

}
