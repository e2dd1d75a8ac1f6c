//! Finding and tagging programs in the catalogue: search, filters, sorting,
//! bulk tags, coverage counts and imports. Pure functions over the model.

use std::collections::{HashMap, HashSet};

use super::Words;
use super::vocab::{SDG_COUNT, UDHR_ARTICLE_COUNT};
use super::{Document, ProgramId, ProgramKind, ProgramStatus, TargetGroup, Vocabulary};

/// The columns of the catalogue table that can be sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// The catalogue's own order.
    #[default]
    Catalogue,
    Title,
    Kind,
    Status,
    Unit,
    Groups,
    Rights,
    Sdgs,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

/// Filters of the catalogue table; `None` lets every program through.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    pub kind: Option<ProgramKind>,
    pub status: Option<ProgramStatus>,
    pub group: Option<TargetGroup>,
    /// A UDHR article number.
    pub right: Option<u8>,
    /// An SDG number.
    pub sdg: Option<u8>,
    /// A policy area, by its position in the profile.
    pub area: Option<usize>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// How many filters are set.
    pub fn count(&self) -> usize {
        let Self {
            kind,
            status,
            group,
            right,
            sdg,
            area,
        } = self;
        [
            kind.is_some(),
            status.is_some(),
            group.is_some(),
            right.is_some(),
            sdg.is_some(),
            area.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }
}

/// Lower-cased text of each program, built once per document revision so that
/// a search keystroke only scans memory.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// The index of `document`'s programs, their kinds and groups found by
    /// their names in any of `languages`.
    pub fn build<W: Words>(document: &Document, languages: &[W]) -> Self {
        // Kinds and groups are found by their name in any language Carta speaks
        // ("formación" finds the trainings); named once per build, not per program.
        let mut names = HashMap::new();
        let haystacks = document
            .programs
            .iter()
            .map(|program| {
                let mut text = String::new();
                for part in program.texts() {
                    text.push_str(&part.to_lowercase());
                    text.push('\n');
                }
                text.push_str(&names_in(languages, &program.kind, &mut names));
                for group in &program.target_groups {
                    text.push('\n');
                    text.push_str(&names_in(languages, group, &mut names));
                }
                text
            })
            .collect();
        Self { haystacks }
    }
}

/// The value's names in `languages`, lower-cased, one per line; `cache`
/// keeps them per message id.
fn names_in<W: Words, T: Vocabulary>(
    languages: &[W],
    value: &T,
    cache: &mut HashMap<&'static str, String>,
) -> String {
    match value.key() {
        Some(key) => cache
            .entry(key)
            .or_insert_with(|| {
                (languages.iter())
                    .map(|l| value.name(*l).to_lowercase())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .clone(),
        None => value.other_text().unwrap_or_default().to_lowercase(),
    }
}

/// Positions (in `document.programs`) of the programs that match `search` and
/// `filters`, in the order `sort` asks for. Every word of `search` must appear.
pub fn find(
    document: &Document,
    index: &SearchIndex,
    search: &str,
    filters: &Filters,
    sort: Sort,
    lang: &str,
) -> Vec<usize> {
    let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    let in_area: Option<HashSet<ProgramId>> = filters.area.map(|area| {
        (document.policies.areas.get(area))
            .map(|area| area.programs.iter().copied().collect())
            .unwrap_or_default()
    });
    let mut found: Vec<usize> = (document.programs.iter().enumerate())
        .filter(|(position, program)| {
            filters
                .kind
                .as_ref()
                .is_none_or(|kind| program.kind == *kind)
                && filters.status.is_none_or(|status| program.status == status)
                && (filters.group.as_ref()).is_none_or(|g| program.target_groups.contains(g))
                && filters
                    .right
                    .is_none_or(|right| program.rights.contains(&right))
                && filters.sdg.is_none_or(|sdg| program.sdgs.contains(&sdg))
                && in_area.as_ref().is_none_or(|ids| ids.contains(&program.id))
                && (words.is_empty() || {
                    let haystack = index.haystacks.get(*position).map_or("", String::as_str);
                    words.iter().all(|word| haystack.contains(word.as_str()))
                })
        })
        .map(|(position, _)| position)
        .collect();
    sort_positions(document, &mut found, sort, lang);
    found
}

fn sort_positions(document: &Document, positions: &mut [usize], sort: Sort, lang: &str) {
    let programs = &document.programs;
    match sort.column {
        SortColumn::Catalogue => {}
        SortColumn::Title => {
            positions.sort_by_cached_key(|&p| programs[p].title.get(lang).to_lowercase());
        }
        // In the form's order, the same in every language.
        SortColumn::Kind => positions.sort_by_cached_key(|&p| {
            let kind = &programs[p].kind;
            (
                kind.rank(),
                kind.other_text().unwrap_or_default().to_lowercase(),
            )
        }),
        SortColumn::Status => positions.sort_by_key(|&p| programs[p].status as u8),
        SortColumn::Unit => {
            positions
                .sort_by_cached_key(|&p| programs[p].responsible_unit.get(lang).to_lowercase());
        }
        SortColumn::Groups => positions.sort_by_key(|&p| programs[p].target_groups.len()),
        SortColumn::Rights => positions.sort_by_key(|&p| programs[p].rights.len()),
        SortColumn::Sdgs => positions.sort_by_key(|&p| programs[p].sdgs.len()),
    }
    if sort.descending {
        positions.reverse();
    }
}

/// A tag put on many programs at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tag {
    Group(TargetGroup),
    Right(u8),
    Sdg(u8),
    Status(ProgramStatus),
    Area(usize),
}

impl Document {
    /// Puts `tag` on every program in `ids`; returns how many changed.
    pub fn tag_programs(&mut self, ids: &[ProgramId], tag: &Tag) -> usize {
        let mut changed = 0;
        for id in ids {
            if let Tag::Area(area) = tag {
                let already = self.areas_of(*id).contains(area);
                self.set_link(*area, *id, true);
                changed += usize::from(!already && self.areas_of(*id).contains(area));
                continue;
            }
            let Some(index) = self.program_index(*id) else {
                continue;
            };
            let program = &mut self.programs[index];
            let did = match tag {
                Tag::Group(group) => push_new(&mut program.target_groups, group.clone()),
                Tag::Right(right) => push_new(&mut program.rights, *right),
                Tag::Sdg(sdg) => push_new(&mut program.sdgs, *sdg),
                Tag::Status(status) => {
                    let differs = program.status != *status;
                    program.status = *status;
                    differs
                }
                Tag::Area(_) => false,
            };
            program.rights.sort_unstable();
            program.sdgs.sort_unstable();
            changed += usize::from(did);
        }
        changed
    }

    /// Copies programs of another city's profile into this catalogue, under new
    /// ids, each remembering where it came from. Returns the new ids.
    pub fn import_programs(&mut self, source: &Document, ids: &[ProgramId]) -> Vec<ProgramId> {
        let programs = ids.iter().filter_map(|id| source.program(*id));
        self.import_copies(source, programs)
    }

    /// Copies the programs at `positions` of another city's catalogue: by
    /// place, not id, since a hand-edited file may give two programs one id.
    pub fn import_programs_at(&mut self, source: &Document, positions: &[usize]) -> Vec<ProgramId> {
        let programs = positions.iter().filter_map(|at| source.programs.get(*at));
        self.import_copies(source, programs)
    }

    fn import_copies<'p>(
        &mut self,
        source: &Document,
        programs: impl Iterator<Item = &'p crate::model::Program>,
    ) -> Vec<ProgramId> {
        let origin = source.city.display_name(source.main_language());
        let mut imported = Vec::new();
        for program in programs {
            let mut copy = program.clone();
            copy.id = self.allocate_program_id();
            if copy.origin.is_none() && !origin.trim().is_empty() {
                copy.origin = Some(origin.clone());
            }
            for group in &copy.target_groups {
                if let Some(own) = group.other_text()
                    && !self.own_target_groups.iter().any(|known| known == own)
                {
                    self.own_target_groups.push(own.to_owned());
                }
            }
            imported.push(copy.id);
            self.programs.push(copy);
        }
        imported
    }

    /// Every target group this document offers: the shipped list, then the city's own.
    pub fn target_group_choices(&self) -> Vec<TargetGroup> {
        let mut choices = TargetGroup::KNOWN.to_vec();
        choices.extend(
            self.own_target_groups
                .iter()
                .cloned()
                .map(TargetGroup::Other),
        );
        choices
    }

    /// Links from policy areas to programs that are not in the catalogue:
    /// (area position, missing id).
    pub fn dangling_links(&self) -> Vec<(usize, ProgramId)> {
        let known: HashSet<ProgramId> = self.programs.iter().map(|p| p.id).collect();
        (self.policies.areas.iter().enumerate())
            .flat_map(|(position, area)| {
                (area.programs.iter())
                    .filter(|id| !known.contains(id))
                    .map(move |id| (position, *id))
            })
            .collect()
    }
}

fn push_new<T: PartialEq>(items: &mut Vec<T>, item: T) -> bool {
    if items.contains(&item) {
        false
    } else {
        items.push(item);
        true
    }
}

/// How many programs address each right, goal, group and status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Index 0 is article 1.
    pub per_right: [usize; 30],
    /// Index 0 is goal 1.
    pub per_sdg: [usize; 17],
    pub per_group: Vec<(TargetGroup, usize)>,
    pub per_status: [(ProgramStatus, usize); 5],
}

impl Coverage {
    pub fn of(document: &Document) -> Self {
        let mut per_right = [0; UDHR_ARTICLE_COUNT as usize];
        let mut per_sdg = [0; SDG_COUNT as usize];
        let mut per_group: Vec<(TargetGroup, usize)> = (document.target_group_choices())
            .into_iter()
            .map(|group| (group, 0))
            .collect();
        let mut per_status = ProgramStatus::ALL.map(|status| (status, 0));
        for program in &document.programs {
            for right in &program.rights {
                if let Some(count) = per_right.get_mut(usize::from(*right).wrapping_sub(1)) {
                    *count += 1;
                }
            }
            for sdg in &program.sdgs {
                if let Some(count) = per_sdg.get_mut(usize::from(*sdg).wrapping_sub(1)) {
                    *count += 1;
                }
            }
            for group in &program.target_groups {
                match per_group.iter_mut().find(|(known, _)| known == group) {
                    Some((_, count)) => *count += 1,
                    None => per_group.push((group.clone(), 1)),
                }
            }
            if let Some((_, count)) = per_status.iter_mut().find(|(s, _)| *s == program.status) {
                *count += 1;
            }
        }
        Self {
            per_right,
            per_sdg,
            per_group,
            per_status,
        }
    }

    /// UDHR articles no program addresses.
    pub fn rights_gaps(&self) -> Vec<u8> {
        numbers_with_zero(&self.per_right)
    }

    /// Target groups of the shipped list (and the city's own) no program serves.
    pub fn group_gaps(&self) -> Vec<TargetGroup> {
        (self.per_group.iter())
            .filter(|(_, count)| *count == 0)
            .map(|(group, _)| group.clone())
            .collect()
    }
}

fn numbers_with_zero(counts: &[usize]) -> Vec<u8> {
    (counts.iter().enumerate())
        .filter(|(_, count)| **count == 0)
        .filter_map(|(index, _)| u8::try_from(index + 1).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, PolicyArea, Program};

    fn sample() -> Document {
        let mut doc = Document::default();
        for (title, kind, rights) in [
            ("Shelter for migrants", ProgramKind::Service, vec![14, 25]),
            ("Anti-racism training", ProgramKind::Training, vec![2]),
            ("Open council", ProgramKind::Mechanism, vec![21]),
        ] {
            let id = doc.add_new_program(crate::i18n::Language::ENGLISH);
            let program = doc.programs.last_mut().unwrap();
            assert_eq!(program.id, id);
            program.title = Localized::new("en", title);
            program.kind = kind;
            program.rights = rights;
        }
        doc.programs[0].target_groups.push(TargetGroup::Migrants);
        doc.policies.areas.push(PolicyArea {
            programs: vec![ProgramId(2)],
            ..PolicyArea::default()
        });
        doc
    }

    fn titles(doc: &Document, positions: &[usize]) -> Vec<String> {
        positions
            .iter()
            .map(|&p| doc.programs[p].title.get("en").to_owned())
            .collect()
    }

    #[test]
    fn search_matches_every_word_in_any_text() {
        let doc = sample();
        let index = SearchIndex::build(&doc, &crate::i18n::Language::all());
        let found = find(
            &doc,
            &index,
            "MIGRANT shelter",
            &Filters::default(),
            Sort::default(),
            "en",
        );
        assert_eq!(titles(&doc, &found), ["Shelter for migrants"]);
        // Group labels count as text.
        let found = find(
            &doc,
            &index,
            "migrants",
            &Filters::default(),
            Sort::default(),
            "en",
        );
        assert_eq!(found.len(), 1);
        let found = find(&doc, &index, "", &Filters::default(), Sort::default(), "en");
        assert_eq!(found.len(), 3);
        // Kinds and groups by their Spanish or French names too.
        for (search, title) in [
            ("formación", "Anti-racism training"),
            ("personas migrantes", "Shelter for migrants"),
            ("mécanisme", "Open council"),
        ] {
            let found = find(
                &doc,
                &index,
                search,
                &Filters::default(),
                Sort::default(),
                "en",
            );
            assert_eq!(titles(&doc, &found), [title], "{search}");
        }
    }

    #[test]
    fn filters_and_sorting() {
        let doc = sample();
        let index = SearchIndex::build(&doc, &crate::i18n::Language::all());
        let by_title = Sort {
            column: SortColumn::Title,
            descending: false,
        };
        let all = find(&doc, &index, "", &Filters::default(), by_title, "en");
        assert_eq!(
            titles(&doc, &all),
            [
                "Anti-racism training",
                "Open council",
                "Shelter for migrants"
            ]
        );
        let filters = Filters {
            right: Some(2),
            ..Filters::default()
        };
        assert_eq!(
            titles(&doc, &find(&doc, &index, "", &filters, by_title, "en")),
            ["Anti-racism training"]
        );
        let filters = Filters {
            area: Some(0),
            ..Filters::default()
        };
        assert_eq!(
            titles(&doc, &find(&doc, &index, "", &filters, by_title, "en")),
            ["Anti-racism training"]
        );
        let filters = Filters {
            kind: Some(ProgramKind::Mechanism),
            ..Filters::default()
        };
        assert_eq!(
            titles(&doc, &find(&doc, &index, "", &filters, by_title, "en")),
            ["Open council"]
        );
    }

    #[test]
    fn tags_go_on_every_selected_program_once() {
        let mut doc = sample();
        let ids = [ProgramId(1), ProgramId(3)];
        assert_eq!(
            doc.tag_programs(&ids, &Tag::Group(TargetGroup::Migrants)),
            1
        );
        assert_eq!(doc.tag_programs(&ids, &Tag::Right(1)), 2);
        assert_eq!(doc.programs[2].rights, vec![1, 21]);
        assert_eq!(doc.tag_programs(&ids, &Tag::Area(0)), 2);
        assert_eq!(
            doc.policies.areas[0].programs,
            vec![ProgramId(2), ProgramId(1), ProgramId(3)]
        );
    }

    #[test]
    fn imports_get_new_ids_and_remember_their_city() {
        let mut source = sample();
        source.city.name = Localized::new("en", "Gwangju");
        source.programs[1]
            .target_groups
            .push(TargetGroup::Other("Street vendors".into()));
        let mut target = sample();
        let ids = target.import_programs(&source, &[ProgramId(2), ProgramId(99)]);
        assert_eq!(ids, vec![ProgramId(4)]);
        let copy = target.program(ProgramId(4)).unwrap();
        assert_eq!(copy.origin.as_deref(), Some("Gwangju"));
        assert_eq!(target.own_target_groups, vec!["Street vendors".to_owned()]);
    }

    #[test]
    fn imports_by_place_take_the_program_at_that_place_whatever_its_id() {
        // A hand-edited file giving two programs one id: the second is the one chosen.
        let mut source = sample();
        source.programs[1].id = source.programs[0].id;
        let chosen = source.programs[1].title.clone();
        let mut target = Document::default();
        let ids = target.import_programs_at(&source, &[1, 99]);
        assert_eq!(ids.len(), 1);
        assert_eq!(target.program(ids[0]).unwrap().title, chosen);
    }

    #[test]
    fn coverage_counts_and_gaps() {
        let doc = sample();
        let coverage = Coverage::of(&doc);
        assert_eq!(coverage.per_right[13], 1);
        assert_eq!(coverage.rights_gaps().len(), 30 - 4);
        assert!(!coverage.group_gaps().contains(&TargetGroup::Migrants));
        assert!(coverage.group_gaps().contains(&TargetGroup::Women));
        assert_eq!(coverage.per_status[1], (ProgramStatus::Active, 3));
    }

    #[test]
    fn dangling_links_are_reported() {
        let mut doc = sample();
        doc.policies.areas[0].programs.push(ProgramId(42));
        assert_eq!(doc.dangling_links(), vec![(0, ProgramId(42))]);
        let _ = Program::new(ProgramId(1));
    }
}
