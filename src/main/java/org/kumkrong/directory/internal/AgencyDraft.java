package org.kumkrong.directory.internal;

import java.util.UUID;

/** The editable facts of an agency, as proposed by a form or a caller. */
public record AgencyDraft(String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId) {
}
