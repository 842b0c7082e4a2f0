package org.kumkrong.account.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.UserView;
import org.kumkrong.account.internal.UserAdministration.UserChange;

/** The form behind creating and editing a staff account. */
public class UserForm {

	private String username = "";

	private String displayName = "";

	private String email = "";

	private UUID agencyId;

	private Set<Role> roles = new LinkedHashSet<>();

	private String stepUpCode = "";

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.email = user.email() == null ? "" : user.email();
		form.agencyId = user.agencyId();
		form.roles = new LinkedHashSet<>(user.roles());
		return form;
	}

	UserChange toChange() {
		return new UserChange(username, displayName, email, agencyId,
				roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public UUID getAgencyId() { return agencyId; }
	public void setAgencyId(UUID agencyId) { this.agencyId = agencyId; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles; }
	public String getStepUpCode() { return stepUpCode; }
	public void setStepUpCode(String stepUpCode) { this.stepUpCode = stepUpCode; }

}
