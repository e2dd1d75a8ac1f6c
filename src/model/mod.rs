//! The profile document: a city's Human Rights City profile and its program
//! catalogue. Plain data; it knows nothing of files or screens.

pub mod catalogue;
pub mod check;
pub mod diff;
pub mod item_id;
pub mod library;
pub mod limits;
pub mod lineage;
pub mod localized;
pub mod merge;
pub mod monitoring;
pub mod picture;
mod program;
pub mod programs;
pub mod progress;
pub mod said;
pub mod slides;
pub mod suggest;
pub mod synthetic;
pub mod translation;
pub mod tree;
mod unplaced;
pub mod vocab;
pub mod wording;
pub mod words;
pub mod year;

use serde::{Deserialize, Serialize};

pub use item_id::ItemId;
pub use localized::{Lang, Localized, LocalizedError, MAX_TEXT_CHARS, elide};
pub use picture::{Picture, PictureFormat, PictureRole, Pictures};
pub use program::{
    Beneficiaries, BudgetLine, Evidence, Indicator, IndicatorKind, Measurement, Moment, Program,
    ProgramId, Suggestions,
};
pub use programs::Programs;
pub use unplaced::{Destination, Unplaced};
pub use vocab::{
    GovernmentType, Partner, PopulationRange, ProgramKind, ProgramStatus, Region, TargetGroup,
    Visibility, Vocabulary,
};
pub use words::Words;

/// The newest file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// One profile file: a city's profile and its program catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Document {
    /// Version of the file format; see `store` for migrations.
    #[serde(default)]
    pub format_version: u32,
    /// Content languages; the first is the main one.
    #[serde(
        default = "default_languages",
        deserialize_with = "localized::bounded_list"
    )]
    pub languages: Vec<Lang>,
    pub city: City,
    #[serde(default)]
    pub vision: Vision,
    #[serde(default)]
    pub motivations: Motivations,
    #[serde(default)]
    pub policies: Policies,
    #[serde(default)]
    pub programs: Programs,
    /// Target groups the city added to the shipped list, offered in every picker.
    #[serde(default, deserialize_with = "localized::bounded_list")]
    pub own_target_groups: Vec<String>,
    /// The id the next new program gets; ids are never reused, even after a delete.
    #[serde(default)]
    pub next_program_id: u32,
    /// Text of an imported page not placed yet; the officer's to sort, never published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<Unplaced>,
    /// Who this profile is across copies, renames and moves: given at its
    /// first save, kept by every copy. Its saved versions are kept under it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "localized::bounded_option"
    )]
    pub identity: Option<String>,
    /// The ids of its latest saved versions, oldest first (at most
    /// `lineage::KEPT`): what matches a colleague's copy with the versions
    /// kept here, to find the one both started from.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "localized::bounded_list"
    )]
    pub lineage: Vec<String>,
    /// The profile's record of each year (see `year`), one per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<year::YearRecord>,
}

fn default_languages() -> Vec<Lang> {
    vec!["en".to_owned()]
}

impl Default for Document {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            languages: default_languages(),
            city: City::default(),
            vision: Vision::default(),
            motivations: Motivations::default(),
            policies: Policies::default(),
            programs: Programs::new(),
            own_target_groups: Vec::new(),
            next_program_id: 1,
            unplaced: Vec::new(),
            identity: None,
            lineage: Vec::new(),
            years: Vec::new(),
        }
    }
}

/// The campaign form's header: who the city is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct City {
    /// "San Antonio" in "San Antonio (Chile)".
    pub name: Localized,
    /// "Chile" in "San Antonio (Chile)": what tells two cities of one name apart.
    #[serde(default)]
    pub qualifier: Localized,
    #[serde(default)]
    pub country: Localized,
    #[serde(default)]
    pub region: Option<Region>,
    #[serde(default)]
    pub government: Option<GovernmentType>,
    #[serde(default)]
    pub population: Option<PopulationRange>,
    /// Year of joining the campaign (2022 or later).
    #[serde(default)]
    pub joined: Option<i32>,
    #[serde(default)]
    pub leader: Leader,
    #[serde(default)]
    pub mandate: Mandate,
    /// The city's logo, on the title and closing slides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Picture>,
    /// One photo of the city, behind the title slide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<Picture>,
}

impl City {
    /// The logo and the cover photo.
    pub fn pictures(&self) -> Pictures {
        Pictures {
            logo: self.logo.clone(),
            cover: self.cover.clone(),
        }
    }

    /// The picture kept for `role`.
    pub fn picture_mut(&mut self, role: PictureRole) -> &mut Option<Picture> {
        match role {
            PictureRole::Logo => &mut self.logo,
            PictureRole::Cover => &mut self.cover,
        }
    }

    /// "San Antonio (Chile)", the way the campaign titles a profile.
    pub fn display_name(&self, lang: &str) -> String {
        let name = self.name.get(lang);
        let qualifier = self.qualifier.get(lang);
        if qualifier.is_empty() {
            name.to_owned()
        } else {
            format!("{name} ({qualifier})")
        }
    }
}

/// The mayor, governor or president who leads the local or regional government.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Leader {
    #[serde(deserialize_with = "localized::bounded")]
    pub name: String,
    /// "Mayor", "Governor"…
    pub title: Localized,
}

/// How long the leader's mandate runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Mandate {
    #[default]
    Unknown,
    /// From one year to another, e.g. 2024 – 2028.
    Years { start: i32, end: i32 },
    /// Free text, e.g. "4 years".
    Text(Localized),
}

/// Which form the vision takes: prose, or answers to the campaign's questions.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum VisionForm {
    #[default]
    Prose,
    Questions,
}

/// The city's vision as a Human Rights City. Both forms are kept, so switching
/// between them never throws text away.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Vision {
    pub form: VisionForm,
    pub prose: Localized,
    /// Answers to the campaign's two questions (`vocab::vision_question`), in that order.
    pub answers: [Localized; 2],
}

/// Why the city joined the campaign.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Motivations {
    pub introduction: Localized,
    pub aims: Vec<Localized>,
    pub closing: Localized,
}

/// The form's "Human rights local policies, mechanisms and programs" section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Policies {
    pub introduction: Localized,
    pub areas: Vec<PolicyArea>,
}

/// A numbered policy area of the profile.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct PolicyArea {
    /// Who this item is across copies (see `item_id`); 0 until given.
    #[serde(default, skip_serializing_if = "ItemId::is_unset")]
    pub id: ItemId,
    pub title: Localized,
    /// Markdown.
    pub description: Localized,
    /// The catalogue programs this area presents, in the order shown.
    pub programs: Vec<ProgramId>,
    /// What the presenter wants to say on this area's slide; never shown to the room.
    #[serde(skip_serializing_if = "Localized::is_unset")]
    pub notes: Localized,
}

crate::has_item_id!(PolicyArea);

impl Document {
    /// A copy of the document with an empty catalogue, made without copying the
    /// programs. (Every field is named: a new one must be decided on here.)
    pub fn without_programs(&self) -> Document {
        let Document {
            format_version,
            languages,
            city,
            vision,
            motivations,
            policies,
            programs: _,
            own_target_groups,
            next_program_id,
            unplaced,
            identity,
            lineage,
            years,
        } = self;
        Document {
            format_version: *format_version,
            languages: languages.clone(),
            city: city.clone(),
            vision: vision.clone(),
            motivations: motivations.clone(),
            policies: policies.clone(),
            programs: Programs::new(),
            own_target_groups: own_target_groups.clone(),
            next_program_id: *next_program_id,
            unplaced: unplaced.clone(),
            identity: identity.clone(),
            lineage: lineage.clone(),
            years: years.clone(),
        }
    }

    /// The main content language, the one this version edits.
    pub fn main_language(&self) -> &str {
        self.languages.first().map_or("en", String::as_str)
    }

    pub fn program(&self, id: ProgramId) -> Option<&Program> {
        self.programs.iter().find(|program| program.id == id)
    }

    /// Program `id`, writable (copied first if another state shares it).
    pub fn program_mut(&mut self, id: ProgramId) -> Option<&mut Program> {
        let index = self.program_index(id)?;
        self.programs.get_mut(index)
    }

    pub fn program_index(&self, id: ProgramId) -> Option<usize> {
        self.programs.iter().position(|program| program.id == id)
    }

    /// A fresh id, never given before in this document, and never one a
    /// program already has, whatever the file said `next_program_id` was.
    pub fn allocate_program_id(&mut self) -> ProgramId {
        self.repair_next_program_id();
        let id = if self.program(ProgramId(self.next_program_id)).is_none() {
            self.next_program_id
        } else {
            // The top of the range is taken (a file with an id of 4294967295):
            // the lowest id nobody has. Only a hand-edited file gets here.
            let taken: std::collections::HashSet<u32> =
                self.programs.iter().map(|p| p.id.0).collect();
            (1..=u32::MAX)
                .find(|id| !taken.contains(id))
                .unwrap_or(u32::MAX)
        };
        self.next_program_id = id.saturating_add(1).max(self.next_program_id);
        ProgramId(id)
    }

    /// Puts `next_program_id` above every id in the catalogue (saturating at
    /// the top of the range), so the next new program cannot share an id.
    pub fn repair_next_program_id(&mut self) {
        let above_all = (self.programs.iter())
            .map(|p| p.id.0.saturating_add(1))
            .max()
            .unwrap_or(1);
        self.next_program_id = self.next_program_id.max(above_all).max(1);
    }

    /// Adds an empty, untitled program at the end of the catalogue and
    /// returns its id.
    pub fn add_program(&mut self) -> ProgramId {
        let id = self.allocate_program_id();
        self.programs.push(Program::new(id));
        id
    }

    /// Adds an empty program titled "New program" in `words` (the main
    /// content language's) and returns its id.
    pub fn add_new_program(&mut self, words: impl Words) -> ProgramId {
        let id = self.add_program();
        let title = crate::phrase!(words, "new-program");
        let main = self.main_language().to_owned();
        if let Some(program) = self.programs.last_mut() {
            program.title = Localized::new(&main, title);
        }
        id
    }

    /// Copies a program under a new id, right after the original; it serves
    /// the same areas. "(copy)" in `words`, the main content language's.
    pub fn duplicate_program(&mut self, id: ProgramId, words: impl Words) -> Option<ProgramId> {
        let index = self.program_index(id)?;
        let new_id = self.allocate_program_id();
        let mut copy = self.programs[index].clone();
        copy.id = new_id;
        let lang = self.main_language().to_owned();
        let title = crate::phrase!(words, "program-copy", title = copy.title.get(&lang));
        copy.title.set(&lang, title);
        self.programs.insert(index + 1, copy);
        for area in &mut self.policies.areas {
            if area.programs.contains(&id) {
                area.programs.push(new_id);
            }
        }
        Some(new_id)
    }

    /// Gives every item of its lists that has none (areas; each program's
    /// indicators, budget lines, partners and evidence) an id: derived from
    /// where it is and what it says when `read_from_file` (so every copy of
    /// one old file agrees), fresh otherwise (items just added). Copies only
    /// the programs that lack one.
    pub fn give_item_ids(&mut self, read_from_file: bool) {
        let place = read_from_file.then_some("areas");
        item_id::give_ids(&mut self.policies.areas, place);
        (self.programs).edit_where(
            |program| !program.has_item_ids(),
            |program| program.give_item_ids(read_from_file),
        );
    }

    /// Deletes a program and every link to it.
    pub fn delete_program(&mut self, id: ProgramId) -> Option<Program> {
        let index = self.program_index(id)?;
        for area in &mut self.policies.areas {
            area.programs.retain(|linked| *linked != id);
        }
        Some(self.programs.remove(index))
    }

    /// The document without its internal programs, nor the links to them: what
    /// may be published or shown to a room.
    ///
    /// Programs are kept or dropped by their own visibility, never looked up by
    /// id: a hand-edited file may give a public and an internal program one id.
    pub fn public_view(&self) -> Self {
        self.clone().into_public_view()
    }

    /// [`Document::public_view`] without a copy, for a document that is not
    /// kept (a library holds thousands).
    pub fn into_public_view(self) -> Self {
        let mut public = self;
        public.unplaced.clear();
        (public.programs).edit_where(
            |program| !program.suggested.is_empty(),
            |program| program.suggested = Suggestions::default(),
        );
        public
            .programs
            .retain(|program| program.visibility == Visibility::Public);
        let published: std::collections::HashSet<ProgramId> =
            public.programs.iter().map(|p| p.id).collect();
        for area in &mut public.policies.areas {
            area.programs.retain(|id| published.contains(id));
        }
        public
    }

    /// Indices of the policy areas that present program `id`.
    pub fn areas_of(&self, id: ProgramId) -> Vec<usize> {
        (self.policies.areas.iter().enumerate())
            .filter(|(_, area)| area.programs.contains(&id))
            .map(|(index, _)| index)
            .collect()
    }

    /// Links or unlinks program `id` and policy area `area`.
    pub fn set_link(&mut self, area: usize, id: ProgramId, linked: bool) {
        let Some(area) = self.policies.areas.get_mut(area) else {
            return;
        };
        let present = area.programs.contains(&id);
        if linked && !present {
            area.programs.push(id);
        } else if !linked && present {
            area.programs.retain(|other| *other != id);
        }
    }
}

/// Moves element `from` one place up (`-1`) or down (`+1`); out-of-range moves do nothing.
pub fn move_item<T>(items: &mut [T], from: usize, delta: isize) {
    let Some(to) = from.checked_add_signed(delta) else {
        return;
    };
    if from < items.len() && to < items.len() {
        items.swap(from, to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_reused_after_delete() {
        let mut doc = Document::default();
        let first = doc.add_new_program(crate::i18n::Language::ENGLISH);
        let second = doc.add_new_program(crate::i18n::Language::ENGLISH);
        doc.delete_program(second);
        let third = doc.add_new_program(crate::i18n::Language::ENGLISH);
        assert_ne!(third, second);
        assert_ne!(third, first);
    }

    #[test]
    fn deleting_a_program_removes_its_links() {
        let mut doc = Document::default();
        doc.policies.areas.push(PolicyArea::default());
        let id = doc.add_new_program(crate::i18n::Language::ENGLISH);
        doc.set_link(0, id, true);
        assert_eq!(doc.areas_of(id), vec![0]);
        doc.delete_program(id);
        assert!(doc.policies.areas[0].programs.is_empty());
    }

    #[test]
    fn duplicate_keeps_links_and_gets_a_new_id() {
        let mut doc = Document::default();
        doc.policies.areas.push(PolicyArea::default());
        let english = crate::i18n::Language::ENGLISH;
        let id = doc.add_new_program(english);
        doc.set_link(0, id, true);
        let copy = doc.duplicate_program(id, english).unwrap();
        assert_ne!(copy, id);
        assert_eq!(doc.areas_of(copy), vec![0]);
        assert_eq!(
            doc.program(copy).unwrap().title.get("en"),
            "New program (copy)"
        );
    }

    #[test]
    fn vocabularies_are_complete() {
        use crate::i18n::Language;
        const ENGLISH: Language = Language::ENGLISH;
        for language in Language::built_in() {
            for article in 1..=30 {
                let title = vocab::udhr_title(language, article).unwrap();
                assert!(!title.starts_with("udhr-"), "{language:?} {article}");
            }
            for goal in 1..=17 {
                let name = vocab::sdg_name(language, goal).unwrap();
                assert!(!name.starts_with("sdg-"), "{language:?} {goal}");
            }
        }
        assert_eq!(
            vocab::udhr_title(ENGLISH, 19).as_deref(),
            Some("Freedom of opinion and expression")
        );
        assert_eq!(
            vocab::sdg_name(Language::SPANISH, 10).as_deref(),
            Some("Reducción de las desigualdades")
        );
        assert_eq!(vocab::udhr_title(ENGLISH, 0), None);
        assert_eq!(vocab::sdg_name(Language::FRENCH, 18), None);
    }

    #[test]
    fn move_item_stays_in_bounds() {
        let mut items = vec![1, 2, 3];
        move_item(&mut items, 0, -1);
        move_item(&mut items, 2, 1);
        assert_eq!(items, vec![1, 2, 3]);
        move_item(&mut items, 0, 1);
        assert_eq!(items, vec![2, 1, 3]);
    }
}
