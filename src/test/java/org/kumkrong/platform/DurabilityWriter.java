package org.kumkrong.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Run in a child JVM by {@link EmbeddedDurabilityTests}: commits rows one by one into the embedded
 * database and prints each id only after its commit returned — the moment a report would be
 * acknowledged. The parent kills this process with SIGKILL at a random moment.
 */
public final class DurabilityWriter {

	private DurabilityWriter() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.createStatement().execute("create table if not exists durability (id bigint primary key, body varchar(200))");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into durability (id, body) values (?, ?)")) {
				for (long id = 1; ; id++) {
					insert.setLong(1, id);
					insert.setString(2, "acknowledged row " + id);
					insert.executeUpdate();
					connection.commit();
					System.out.println(id);
					System.out.flush();
				}
			}
		}
	}

}
