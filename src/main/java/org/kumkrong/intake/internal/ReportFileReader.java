package org.kumkrong.intake.internal;

import java.util.List;
import java.util.UUID;

import org.kumkrong.intake.ReportFile;
import org.kumkrong.intake.ReportFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Temporary: replaced by the partner-files branch. */
@Service
class ReportFileReader implements ReportFiles {

	private final JdbcClient jdbc;

	ReportFileReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportFile> of(UUID reportId) {
		return jdbc.sql("select * from intake_file where report_id = ? order by created_at").param(reportId)
			.query((rs, n) -> new ReportFile(rs.getObject("id", UUID.class), "SCREENSHOT", rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("sha1"), rs.getString("md5"),
					(Integer) rs.getObject("width"), (Integer) rs.getObject("height"), null,
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
