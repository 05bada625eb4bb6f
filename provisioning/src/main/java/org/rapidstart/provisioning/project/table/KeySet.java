package org.rapidstart.provisioning.project.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keys an import has seen and the row that first had each, held compactly: the keys' UTF-8 bytes one after the
 * other in one array, and an open-addressing table of positions. A million postal-code keys take about 30 MB here
 * instead of the 150 MB a map of strings needs, so the import's heap stays small. Exact: keys are compared byte for
 * byte, never only by hash.
 */
final class KeySet {

	/** The row number recorded for keys of rows that were saved before the import. */
	static final int SAVED = -1;

	private byte[] bytes = new byte[1 << 16];

	private int used;

	/** Per slot: the key's offset in {@link #bytes} plus one (0 = free). */
	private int[] slots = new int[1 << 12];

	private int[] rows = new int[1 << 12];

	private int size;

	/**
	 * The row that first had this key, or 0 when the key is new (and is now remembered for {@code row}).
	 */
	int firstRowOrAdd(String key, int row) {
		byte[] k = key.getBytes(StandardCharsets.UTF_8);
		int hash = hash(k, 0, k.length);
		int mask = this.slots.length - 1;
		for (int i = hash & mask;; i = (i + 1) & mask) {
			int slot = this.slots[i];
			if (slot == 0) {
				this.slots[i] = store(k) + 1;
				this.rows[i] = row;
				if (++this.size * 2 > this.slots.length) {
					grow();
				}
				return 0;
			}
			if (equal(slot - 1, k)) {
				return this.rows[i];
			}
		}
	}

	int size() {
		return this.size;
	}

	private int store(byte[] k) {
		int need = this.used + 4 + k.length;
		if (need > this.bytes.length) {
			if (need < 0) {
				throw new IllegalStateException("Too many distinct keys for one import.");
			}
			this.bytes = Arrays.copyOf(this.bytes, Math.max(need, this.bytes.length + (this.bytes.length >> 1)));
		}
		int offset = this.used;
		this.bytes[offset] = (byte) (k.length >>> 24);
		this.bytes[offset + 1] = (byte) (k.length >>> 16);
		this.bytes[offset + 2] = (byte) (k.length >>> 8);
		this.bytes[offset + 3] = (byte) k.length;
		System.arraycopy(k, 0, this.bytes, offset + 4, k.length);
		this.used = need;
		return offset;
	}

	private int length(int offset) {
		return ((this.bytes[offset] & 0xff) << 24) | ((this.bytes[offset + 1] & 0xff) << 16)
				| ((this.bytes[offset + 2] & 0xff) << 8) | (this.bytes[offset + 3] & 0xff);
	}

	private boolean equal(int offset, byte[] k) {
		return length(offset) == k.length
				&& Arrays.equals(this.bytes, offset + 4, offset + 4 + k.length, k, 0, k.length);
	}

	private void grow() {
		int[] oldSlots = this.slots;
		int[] oldRows = this.rows;
		this.slots = new int[oldSlots.length * 2];
		this.rows = new int[oldSlots.length * 2];
		int mask = this.slots.length - 1;
		for (int j = 0; j < oldSlots.length; j++) {
			if (oldSlots[j] != 0) {
				int offset = oldSlots[j] - 1;
				int i = hash(this.bytes, offset + 4, length(offset)) & mask;
				while (this.slots[i] != 0) {
					i = (i + 1) & mask;
				}
				this.slots[i] = oldSlots[j];
				this.rows[i] = oldRows[j];
			}
		}
	}

	/** FNV-1a, then mixed so that similar keys (postal codes) spread over the table. */
	private static int hash(byte[] b, int from, int length) {
		int h = 0x811c9dc5;
		for (int i = from; i < from + length; i++) {
			h = (h ^ b[i]) * 0x01000193;
		}
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		return h;
	}

}
