package org.kumkrong.training.web;

import java.io.IOException;
import java.util.UUID;

import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.UnacceptableFileException;
import org.kumkrong.training.internal.LessonMedia;
import org.kumkrong.training.internal.Markdown;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lesson pictures: trainers upload them on a course's authoring page; signed-in readers of lessons see them. */
@Controller
class LessonMediaController {

	private final LessonMedia media;

	LessonMediaController(LessonMedia media) {
		this.media = media;
	}

	@PostMapping("/training/author/{courseId}/media")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String upload(@PathVariable UUID courseId, @RequestParam(name = "picture", required = false) MultipartFile picture,
			RedirectAttributes redirect) throws IOException {
		if (picture == null || picture.isEmpty()) {
			redirect.addFlashAttribute("problem", "training.media.error.missing");
		}
		else if (picture.getSize() > LessonMedia.MAX_BYTES) {
			redirect.addFlashAttribute("problem", "training.media.error.TOO_LARGE");
		}
		else {
			try {
				String name = media.store(picture.getBytes());
				redirect.addFlashAttribute("uploaded", Markdown.MEDIA + name);
			}
			catch (UnacceptableFileException ex) {
				redirect.addFlashAttribute("problem", "training.media.error." + ex.reason().name());
			}
		}
		return "redirect:/training/author/" + courseId + "#media";
	}

	@GetMapping(Markdown.MEDIA + "{name}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> show(@PathVariable String name) {
		byte[] png = media.png(name).orElseThrow(() -> new NotFoundException("training.media"));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(png);
	}

}
