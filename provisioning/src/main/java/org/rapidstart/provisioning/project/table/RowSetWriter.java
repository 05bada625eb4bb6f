package org.rapidstart.provisioning.project.table;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes rows of a new row set with PostgreSQL's binary COPY, in a transaction of its own that commits only when
 * every row is written ({@link #commit}); {@link #abandon} rolls it back, so an import that fails or is cancelled
 * leaves no row behind. Binary, because a text array needs no escaping that way and the server parses it fastest.
 */
final class RowSetWriter implements AutoCloseable {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	/** PostgreSQL's type id of {@code text}, the element type of the cells array. */
	private static final int TEXT_OID = 25;

	private final Connection connection;

	private final PGCopyOutputStream copy;

	private final DataOutputStream out;

	private final long rowSet;

	private byte[] array = new byte[1024];

	private long rows;

	private boolean open = true;

	RowSetWriter(DataSource dataSource, long rowSet) throws SQLException, IOException {
		this.rowSet = rowSet;
		this.connection = dataSource.getConnection();
		try {
			this.connection.setAutoCommit(false);
			this.copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
					"COPY project_table_row (row_set, row_no, cells) FROM STDIN (FORMAT binary)", 1 << 16);
			this.out = new DataOutputStream(this.copy);
			this.out.write(SIGNATURE);
			this.out.writeInt(0);
			this.out.writeInt(0);
		}
		catch (SQLException | IOException | RuntimeException ex) {
			this.connection.close();
			throw ex;
		}
	}

	void write(int rowNo, @Nullable String[] cells) throws IOException {
		int length = 20;
		boolean nulls = false;
		byte[][] encoded = new byte[cells.length][];
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] == null) {
				nulls = true;
				length += 4;
			}
			else {
				encoded[i] = cells[i].getBytes(StandardCharsets.UTF_8);
				length += 4 + encoded[i].length;
			}
		}
		if (this.array.length < length) {
			this.array = Arrays.copyOf(this.array, Math.max(length, this.array.length * 2));
		}
		int p = 0;
		p = putInt(p, 1);
		p = putInt(p, nulls ? 1 : 0);
		p = putInt(p, TEXT_OID);
		p = putInt(p, cells.length);
		p = putInt(p, 1);
		for (byte[] e : encoded) {
			if (e == null) {
				p = putInt(p, -1);
			}
			else {
				p = putInt(p, e.length);
				System.arraycopy(e, 0, this.array, p, e.length);
				p += e.length;
			}
		}
		this.out.writeShort(3);
		this.out.writeInt(8);
		this.out.writeLong(this.rowSet);
		this.out.writeInt(4);
		this.out.writeInt(rowNo);
		this.out.writeInt(p);
		this.out.write(this.array, 0, p);
		this.rows++;
	}

	private int putInt(int p, int v) {
		this.array[p] = (byte) (v >>> 24);
		this.array[p + 1] = (byte) (v >>> 16);
		this.array[p + 2] = (byte) (v >>> 8);
		this.array[p + 3] = (byte) v;
		return p + 4;
	}

	long rows() {
		return this.rows;
	}

	/** Ends the COPY and commits: the rows exist, still invisible until a question points at their set. */
	void commit() throws IOException, SQLException {
		this.out.writeShort(-1);
		this.out.flush();
		this.copy.endCopy();
		this.connection.commit();
		release();
	}

	/** Stops writing and rolls back whatever was written; nothing of the set remains. */
	void abandon() {
		if (!this.open) {
			return;
		}
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the connection is rolled back and returned below either way
		}
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			// a broken connection has no transaction left to roll back
		}
		release();
	}

	boolean isOpen() {
		return this.open;
	}

	/** Rolls back unless {@link #commit} came first. */
	@Override
	public void close() {
		abandon();
	}

	private void release() {
		this.open = false;
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			// the pool discards a broken connection
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// nothing left to do
		}
	}

}
