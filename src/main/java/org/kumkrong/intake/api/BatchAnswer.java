package org.kumkrong.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a batch: one result per report, in the order sent, each accepted (with the receipt's
 * fields) or refused (with a problem naming every field). Stored under the batch's key and replayed.
 */
@Schema(name = "BatchAnswer")
public record BatchAnswer(List<Result> results) {

	/** One report of the batch: accepted ({@code id} …) or refused ({@code problem}). */
	@Schema(name = "BatchResult")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Result(@Schema(description = "The report's position in the batch, from 0.") int index, UUID id,
			String reference, Instant receivedAt, String status, Problem problem) {

		static Result accepted(int index, ReportReceipt receipt) {
			return new Result(index, receipt.id(), receipt.reference(), receipt.receivedAt(), receipt.status(), null);
		}

		static Result refused(int index, Problem problem) {
			return new Result(index, null, null, null, null, problem);
		}

	}

}
