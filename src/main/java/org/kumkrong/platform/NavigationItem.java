package org.kumkrong.platform;

/**
 * An entry of the staff navigation, contributed by a module as a bean. It is shown only to a signed-in
 * user who holds {@code requiredAuthority} (a permission name), so the menu lists what the role may use.
 *
 * @param messageKey the label's message key
 * @param href where it leads
 * @param requiredAuthority the permission needed to see it, or {@code null} for every signed-in user
 * @param order position in the menu, lowest first
 */
public record NavigationItem(String messageKey, String href, String requiredAuthority, int order) {
}
