package org.kumkrong.casework.web;

/** Form adding a note. */
public class NoteForm {

	private String visibility;
	private String body;

	public String getVisibility() {
		return visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
