package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case search a staff member keeps by name: the query string of {@code /cases}, rerun with today's access. */
@Entity
@Table(name = "casework_saved_search")
public class SavedSearch {

	@Id
	private UUID id;

	private UUID userId;

	private String name;

	private String query;

	private Instant createdAt;

	protected SavedSearch() {
	}

	public SavedSearch(UUID userId, String name, String query, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.query = query;
		this.createdAt = createdAt;
	}

	public UUID id() { return id; }
	public UUID userId() { return userId; }
	public String name() { return name; }
	public String query() { return query; }
	public Instant createdAt() { return createdAt; }
}
