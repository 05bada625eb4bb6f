package org.rapidstart.provisioning.project.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys an import has seen and the row that first had each, held compactly: each key once as bytes (every
 * character in one to three bytes, so that equal bytes mean equal keys) after the row that had it, in pages of a
 * fixed size that are never copied, and an open-addressing table of one {@code long} per slot (the key's hash and
 * where its bytes are). A million postal-code keys take about 30 MB here instead of the 150 MB a map of strings
 * needs, so the import's heap stays small. Exact: keys are compared byte by byte, never only by hash.
 * <p>
 * A million keys make a table far larger than the processor's caches, so nearly every look-up waits for memory. A
 * caller with many keys at hand first {@link #touch touches} their slots, so that the processor fetches them all at
 * once rather than one after the other, and then looks them up in order.
 */
final class KeySet {

	/** The row number recorded for keys of rows that were saved before the import. */
	static final int SAVED = -1;

	/** Bytes per page: a page is allocated once and filled, the pages are addressed by 32-bit positions. */
	private static final int PAGE_BITS = 20;

	private static final int PAGE = 1 << PAGE_BITS;

	/** Per key: the row (4 bytes) and the key's length in bytes (2 bytes), then its bytes. */
	private static final int RECORD_HEADER = 6;

	/**
	 * The longest key (in bytes) that is remembered. A longer one is taken as new and not kept: no catalogue key field
	 * holds a thousandth of that, so its row has a length problem already.
	 */
	static final int MAX_KEY_BYTES = 0xffff;

	private final List<byte[]> pages = new ArrayList<>();

	private byte[] page = new byte[0];

	private int pageUsed;

	/** Per slot: the key's hash (high half) and its position plus one (low half; 0 = free). */
	private long[] table = new long[1 << 12];

	private int mask = (1 << 12) - 1;

	private int size;

	/** The key being looked up, as bytes. */
	private byte[] probe = new byte[64];

	/** What {@link #touch} read, kept so that the reads are not optimised away. */
	private long touched;

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
		int length = encode(key, start, end);
		if (length > MAX_KEY_BYTES) {
			return 0;
		}
		long h = (long) hash << 32;
		for (int i = hash & this.mask;; i = (i + 1) & this.mask) {
			long slot = this.table[i];
			if (slot == 0) {
				this.table[i] = h | (store(length, row) + 1L);
				if (++this.size * 2 > this.mask + 1) {
					grow();
				}
				return 0;
			}
			if ((slot & 0xffffffff00000000L) == h) {
				int position = (int) slot - 1;
				byte[] p = this.pages.get(position >>> PAGE_BITS);
				int at = position & (PAGE - 1);
				int storedLength = ((p[at + 4] & 0xff) << 8) | (p[at + 5] & 0xff);
				if (storedLength == length && Arrays.equals(p, at + RECORD_HEADER, at + RECORD_HEADER + length,
						this.probe, 0, length)) {
					return ((p[at] & 0xff) << 24) | ((p[at + 1] & 0xff) << 16) | ((p[at + 2] & 0xff) << 8)
							| (p[at + 3] & 0xff);
				}
			}
		}
	}

	/** Reads the first slot of each of the hashes, so that their look-ups that follow find them in the cache. */
	void touch(int[] hashes, int count) {
		long[] t = this.table;
		int m = this.mask;
		long sum = 0;
		for (int i = 0; i < count; i++) {
			sum += t[hashes[i] & m];
		}
		this.touched += sum;
	}

	int size() {
		return this.size;
	}

	/** The key's characters into {@link #probe}, one to three bytes each (as UTF-8 would, surrogates one by one). */
	private int encode(char[] key, int start, int end) {
		if (this.probe.length < (end - start) * 3) {
			this.probe = new byte[(end - start) * 3];
		}
		byte[] b = this.probe;
		int p = 0;
		for (int i = start; i < end; i++) {
			char c = key[i];
			if (c < 0x80) {
				b[p++] = (byte) c;
			}
			else if (c < 0x800) {
				b[p++] = (byte) (0xc0 | (c >> 6));
				b[p++] = (byte) (0x80 | (c & 0x3f));
			}
			else {
				b[p++] = (byte) (0xe0 | (c >> 12));
				b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
				b[p++] = (byte) (0x80 | (c & 0x3f));
			}
		}
		return p;
	}

	/** Stores the probe's bytes after the row; their position. */
	private int store(int length, int row) {
		int need = RECORD_HEADER + length;
		if (this.pageUsed + need > this.page.length) {
			if ((long) this.pages.size() << PAGE_BITS >= Integer.MAX_VALUE - PAGE) {
				throw new IllegalStateException("Too many distinct keys for one import.");
			}
			this.page = new byte[PAGE];
			this.pages.add(this.page);
			this.pageUsed = 0;
		}
		byte[] p = this.page;
		int at = this.pageUsed;
		p[at] = (byte) (row >>> 24);
		p[at + 1] = (byte) (row >>> 16);
		p[at + 2] = (byte) (row >>> 8);
		p[at + 3] = (byte) row;
		p[at + 4] = (byte) (length >>> 8);
		p[at + 5] = (byte) length;
		System.arraycopy(this.probe, 0, p, at + RECORD_HEADER, length);
		this.pageUsed = at + need;
		return ((this.pages.size() - 1) << PAGE_BITS) | at;
	}

	private void grow() {
		long[] old = this.table;
		this.table = new long[old.length * 2];
		this.mask = (this.mask << 1) | 1;
		for (long slot : old) {
			if (slot != 0) {
				int i = (int) (slot >>> 32) & this.mask;
				while (this.table[i] != 0) {
					i = (i + 1) & this.mask;
				}
				this.table[i] = slot;
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
