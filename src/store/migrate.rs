//! Bringing documents from older file formats up to `FORMAT_VERSION`.
//!
//! Each step takes a document of version `n` to `n + 1`. Version 0 is the
//! pre-release draft, written before files carried a `format_version`.

use crate::model::{Document, FORMAT_VERSION};

/// Runs every step from the document's version up to the current one.
pub fn to_current(mut document: Document) -> Document {
    while document.format_version < FORMAT_VERSION {
        match document.format_version {
            0 => from_draft(&mut document),
            // Every version below FORMAT_VERSION has a step above; the arm keeps the loop finite.
            _ => document.format_version = FORMAT_VERSION,
        }
    }
    // Lists written before their items had ids (or hand-edited): every copy
    // of this file gives them the same ids, so copies still match.
    document.give_item_ids(true);
    document
}

/// Draft files had no language list nor id counter.
fn from_draft(document: &mut Document) {
    if document.languages.is_empty() {
        document.languages.push("en".to_owned());
    }
    document.repair_next_program_id();
    document.format_version = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Program, ProgramId};

    #[test]
    fn items_of_a_file_without_ids_get_the_same_ids_wherever_it_is_read() {
        // Written before items had ids: a profile mailed to a colleague.
        let old = r#"(languages: ["en"], city: (name: {"en": "Tetouan"}),
            policies: (areas: [(title: {"en": "Equality"}), (title: {"en": "Housing"})]),
            programs: [(id: 1, title: {"en": "Legal aid"}, indicators: [
                (name: {"en": "Cases heard"}), (name: {"en": "Cases won"})])])"#;
        let here = crate::store::parse(old, "tetouan.ron").unwrap();
        let there = crate::store::parse(old, "copy of tetouan.ron").unwrap();
        let ids = |d: &Document| {
            let areas = d.policies.areas.iter().map(|a| a.id);
            areas
                .chain(d.programs[0].indicators.iter().map(|i| i.id))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&here), ids(&there));
        assert!(ids(&here).iter().all(|id| !id.is_unset()));
        assert_ne!(ids(&here)[2], ids(&here)[3]);
        // Once written, the ids are the file's own.
        let written = crate::store::to_ron(&here).unwrap();
        assert_eq!(
            ids(&crate::store::parse(&written, "x").unwrap()),
            ids(&here)
        );
        assert!(written.contains("id: "));
    }

    #[test]
    fn draft_documents_are_brought_to_version_one() {
        let mut draft = Document {
            format_version: 0,
            languages: Vec::new(),
            next_program_id: 0,
            ..Document::default()
        };
        draft.programs.push(Program::new(ProgramId(7)));
        let migrated = to_current(draft);
        assert_eq!(migrated.format_version, FORMAT_VERSION);
        assert_eq!(migrated.languages, vec!["en".to_owned()]);
        assert_eq!(migrated.next_program_id, 8);
    }

    #[test]
    fn an_id_at_the_top_of_the_range_never_wraps_the_counter() {
        let mut draft = Document {
            format_version: 0,
            next_program_id: 0,
            ..Document::default()
        };
        draft.programs.push(Program::new(ProgramId(u32::MAX)));
        let mut migrated = to_current(draft);
        assert_eq!(migrated.next_program_id, u32::MAX);
        let fresh = migrated.add_new_program(crate::i18n::Language::ENGLISH);
        assert_ne!(fresh, ProgramId(u32::MAX));
        assert_eq!(fresh, ProgramId(1));
        let again = migrated.add_new_program(crate::i18n::Language::ENGLISH);
        assert_ne!(again, fresh);
    }

    #[test]
    fn a_counter_below_an_existing_id_is_moved_above_it() {
        let mut document = Document {
            next_program_id: 3,
            ..Document::default()
        };
        document.programs.push(Program::new(ProgramId(7)));
        let mut current = crate::store::parse(
            &crate::store::to_ron(&to_current(document)).unwrap(),
            "x.ron",
        )
        .unwrap();
        assert_eq!(current.next_program_id, 8);
        assert_eq!(
            current.add_new_program(crate::i18n::Language::ENGLISH),
            ProgramId(8)
        );
    }
}
