package org.kumkrong.casework.internal.search;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.kumkrong.casework.internal.Note;

/**
 * Indexes the bodies of a case's {@link Note.Visibility#TEAM} notes, and only those, as full text.
 * The declared dependencies make Hibernate Search reindex the case when a note is added, changed in
 * visibility or body, or moved.
 */
class TeamNotesBinder implements PropertyBinder {

	static final String FIELD = "teamNotes";

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().use("visibility").use("body");
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(FIELD, f -> f.asString().analyzer(CaseAnalysis.TEXT))
			.multiValued()
			.toReference();
		context.bridge(List.class, new Bridge(field));
	}

	@SuppressWarnings("rawtypes")
	private record Bridge(IndexFieldReference<String> field) implements PropertyBridge<List> {

		@Override
		public void write(DocumentElement target, List notes, PropertyBridgeWriteContext context) {
			if (notes == null) {
				return;
			}
			for (Object item : notes) {
				if (item instanceof Note note && note.visibility() == Note.Visibility.TEAM && note.body() != null) {
					target.addValue(field, note.body());
				}
			}
		}

	}

}
