//! Other cities' profiles, searched together: which cities run a legal-aid
//! office for migrants, what cities of one size do for housing. Plain data
//! over documents already read; reading folders is `crate::library`'s.
//!
//! Only what a city publishes is in a library: each profile is kept as its
//! public view, so another city's internal programs never show up.

use std::collections::BTreeMap;

use super::Words;
use super::catalogue::{Filters, SearchIndex, Sort, find};
use super::{Document, GovernmentType, PopulationRange, ProgramId, Region, TargetGroup};

/// One city's profile in the library.
#[derive(Clone, Debug)]
pub struct Profile {
    /// Where it was read from, as the officer would name it.
    pub source: String,
    pub document: Document,
    index: SearchIndex,
}

/// Other cities' logos and photos are not searched, compared or copied:
/// a library of a thousand profiles keeps (and caches) only their text.
fn without_pictures(mut document: Document) -> Document {
    document.city.logo = None;
    document.city.cover = None;
    document
}

impl Profile {
    /// `document` from `source`, kept as its public view and indexed (its
    /// kinds and groups by their names in `languages`).
    pub fn indexed<W: Words>(source: String, document: Document, languages: &[W]) -> Self {
        let document = without_pictures(document.into_public_view());
        let index = SearchIndex::build(&document, languages);
        Self {
            source,
            document,
            index,
        }
    }

    /// `document` whole, internal programs too: a file the officer chose
    /// to copy from (File ▸ Import programs), never another city's library.
    pub fn whole<W: Words>(source: String, document: Document, languages: &[W]) -> Self {
        let document = without_pictures(document);
        let index = SearchIndex::build(&document, languages);
        Self {
            source,
            document,
            index,
        }
    }

    /// A public view and its index as they were kept (the library's cache).
    pub fn restored(source: String, document: Document, index: SearchIndex) -> Self {
        let document = without_pictures(document.into_public_view());
        Self {
            source,
            document,
            index,
        }
    }

    /// The public view and its index, to keep.
    pub fn parts(&self) -> (&Document, &SearchIndex) {
        (&self.document, &self.index)
    }

    /// "San Antonio (Chile)", in the profile's main language.
    pub fn city(&self) -> String {
        let document = &self.document;
        document.city.display_name(document.main_language())
    }
}

/// What to look for beyond words: the city's facts and the programs' tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryFilters {
    pub region: Option<Region>,
    /// A country, as the profiles name it (any case).
    pub country: Option<String>,
    pub population: Option<PopulationRange>,
    pub government: Option<GovernmentType>,
    /// Kind, status, target group, UDHR article and SDG of the programs.
    pub programs: Filters,
}

/// A program found: the profile it is in and its place in that catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    pub profile: usize,
    pub program: usize,
}

/// Every profile of a folder, indexed once for searching.
#[derive(Clone, Debug, Default)]
pub struct Library {
    pub profiles: Vec<Profile>,
}

impl Library {
    /// The library of `profiles` (source, document), each kept as its public view.
    pub fn new<W: Words>(
        profiles: impl IntoIterator<Item = (String, Document)>,
        languages: &[W],
    ) -> Self {
        let profiles = profiles
            .into_iter()
            .map(|(source, document)| Profile::indexed(source, document, languages))
            .collect();
        Self { profiles }
    }

    /// The library of profiles already indexed.
    pub fn of(profiles: Vec<Profile>) -> Self {
        Self { profiles }
    }

    /// How many programs all the profiles hold.
    pub fn program_count(&self) -> usize {
        self.profiles
            .iter()
            .map(|p| p.document.programs.len())
            .sum()
    }

    /// The programs with every word of `search` in their texts (or their
    /// kind's and groups' names, in any of Carta's languages) that pass
    /// `filters`, grouped by city in the library's order.
    pub fn search(&self, search: &str, filters: &LibraryFilters) -> Vec<Hit> {
        let country = filters.country.as_deref().map(|c| c.trim().to_lowercase());
        let mut hits = Vec::new();
        for (index, profile) in self.profiles.iter().enumerate() {
            let city = &profile.document.city;
            let lang = profile.document.main_language();
            let fits = filters
                .region
                .as_ref()
                .is_none_or(|r| city.region.as_ref() == Some(r))
                && (filters.population.as_ref())
                    .is_none_or(|p| city.population.as_ref() == Some(p))
                && (filters.government.as_ref())
                    .is_none_or(|g| city.government.as_ref() == Some(g))
                && country
                    .as_deref()
                    .is_none_or(|c| city.country.get(lang).trim().to_lowercase() == c);
            if !fits {
                continue;
            }
            let found = find(
                &profile.document,
                &profile.index,
                search,
                &filters.programs,
                Sort::default(),
                lang,
            );
            hits.extend(found.into_iter().map(|program| Hit {
                profile: index,
                program,
            }));
        }
        hits
    }

    /// The profile and program id of `hit`.
    pub fn program_of(&self, hit: Hit) -> Option<(&Profile, ProgramId)> {
        let profile = self.profiles.get(hit.profile)?;
        let program = profile.document.programs.get(hit.program)?;
        Some((profile, program.id))
    }

    /// `hits` as "CITY (QUALIFIER) · #ID · TITLE" lines, one a program.
    pub fn describe(&self, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .filter_map(|hit| {
                let profile = self.profiles.get(hit.profile)?;
                let program = profile.document.programs.get(hit.program)?;
                let lang = profile.document.main_language();
                Some(format!(
                    "{} · #{} · {}",
                    profile.city(),
                    program.id.0,
                    program.title.get(lang)
                ))
            })
            .collect()
    }

    /// How many different cities `hits` come from.
    pub fn cities_in(hits: &[Hit]) -> usize {
        let mut profiles: Vec<usize> = hits.iter().map(|hit| hit.profile).collect();
        profiles.dedup();
        profiles.len()
    }
}

/// What a city's programs address, each with how many programs address it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub programs: usize,
    /// UDHR article → programs.
    pub rights: BTreeMap<u8, usize>,
    /// SDG → programs.
    pub goals: BTreeMap<u8, usize>,
    /// Target group → programs, in the order first met.
    pub groups: Vec<(TargetGroup, usize)>,
}

impl Coverage {
    pub fn of(document: &Document) -> Self {
        let mut coverage = Self {
            programs: document.programs.len(),
            ..Self::default()
        };
        for program in &document.programs {
            for right in &program.rights {
                *coverage.rights.entry(*right).or_default() += 1;
            }
            for goal in &program.sdgs {
                *coverage.goals.entry(*goal).or_default() += 1;
            }
            for group in &program.target_groups {
                match coverage.groups.iter_mut().find(|(g, _)| g == group) {
                    Some((_, count)) => *count += 1,
                    None => coverage.groups.push((group.clone(), 1)),
                }
            }
        }
        coverage
    }

    /// How many programs address `what`.
    pub fn count(&self, what: &Addressed) -> usize {
        match what {
            Addressed::Right(n) => self.rights.get(n).copied().unwrap_or(0),
            Addressed::Goal(n) => self.goals.get(n).copied().unwrap_or(0),
            Addressed::Group(group) => self
                .groups
                .iter()
                .find(|(g, _)| g == group)
                .map_or(0, |(_, count)| *count),
        }
    }

    /// Everything addressed, rights first, then goals, then groups.
    fn addressed(&self) -> impl Iterator<Item = Addressed> + '_ {
        let rights = self.rights.keys().map(|n| Addressed::Right(*n));
        let goals = self.goals.keys().map(|n| Addressed::Goal(*n));
        let groups = self.groups.iter().map(|(g, _)| Addressed::Group(g.clone()));
        rights.chain(goals).chain(groups)
    }
}

/// A right, a goal or a group a program can address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addressed {
    Right(u8),
    Goal(u8),
    Group(TargetGroup),
}

/// Something other cities address and one city does not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub what: Addressed,
    /// Which of the other cities address it (their places in the list given).
    pub cities: Vec<usize>,
}

/// What `others` address and `mine` does not: the gaps most cities fill
/// first, then rights before goals before groups, in their order.
pub fn gaps(mine: &Coverage, others: &[&Coverage]) -> Vec<Gap> {
    let mut gaps: Vec<Gap> = Vec::new();
    for (city, other) in others.iter().enumerate() {
        for what in other.addressed() {
            if mine.count(&what) > 0 {
                continue;
            }
            match gaps.iter_mut().find(|gap| gap.what == what) {
                Some(gap) => gap.cities.push(city),
                None => gaps.push(Gap {
                    what,
                    cities: vec![city],
                }),
            }
        }
    }
    let rank = |what: &Addressed| match what {
        Addressed::Right(n) => (0, *n, 0),
        Addressed::Goal(n) => (1, *n, 0),
        Addressed::Group(_) => (2, 0, 0),
    };
    // A stable sort: groups keep the order they were first met in.
    gaps.sort_by(|a, b| {
        (b.cities.len().cmp(&a.cities.len())).then_with(|| rank(&a.what).cmp(&rank(&b.what)))
    });
    gaps
}

impl LibraryFilters {
    /// How many filters are set.
    pub fn count(&self) -> usize {
        let programs = &self.programs;
        [
            self.region.is_some(),
            self.country.is_some(),
            self.population.is_some(),
            self.government.is_some(),
            programs.kind.is_some(),
            programs.status.is_some(),
            programs.group.is_some(),
            programs.right.is_some(),
            programs.sdg.is_some(),
            programs.area.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }
}

impl Library {
    /// The profiles of cities of `population`'s size, for "cities of your size".
    pub fn of_size(&self, population: &PopulationRange) -> Vec<usize> {
        (self.profiles.iter().enumerate())
            .filter(|(_, p)| p.document.city.population.as_ref() == Some(population))
            .map(|(index, _)| index)
            .collect()
    }

    /// The countries the profiles name, sorted, once each.
    pub fn countries(&self) -> Vec<String> {
        let mut countries: Vec<String> = (self.profiles.iter())
            .map(|p| {
                p.document
                    .city
                    .country
                    .get(p.document.main_language())
                    .trim()
                    .to_owned()
            })
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort_by_key(|c| c.to_lowercase());
        countries.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
        countries
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, Program, TargetGroup, Visibility};

    fn city(name: &str, region: Region, programs: &[(&str, TargetGroup, u8)]) -> Document {
        let mut document = Document::default();
        document.city.name = Localized::new("en", name);
        document.city.region = Some(region);
        document.city.country = Localized::new("en", name);
        for (title, group, right) in programs {
            let id = document.allocate_program_id();
            let mut program = Program::new(id);
            program.title = Localized::new("en", *title);
            program.target_groups = vec![group.clone()];
            program.rights = vec![*right];
            document.programs.push(program);
        }
        document
    }

    fn library() -> Library {
        let mut secret = city("Tetouan", Region::MiddleEastWestAsia, &[]);
        let id = secret.allocate_program_id();
        let mut hidden = Program::new(id);
        hidden.title = Localized::new("en", "Legal aid surveillance list");
        hidden.visibility = Visibility::Internal;
        secret.programs.push(hidden);
        Library::new(
            [
                (
                    "a.ron".to_owned(),
                    city(
                        "Gwangju",
                        Region::AsiaPacific,
                        &[
                            ("Legal aid for migrants", TargetGroup::Migrants, 8),
                            ("Housing first", TargetGroup::Homeless, 25),
                        ],
                    ),
                ),
                (
                    "b.ron".to_owned(),
                    city(
                        "Utrecht",
                        Region::Europe,
                        &[("Legal aid desk", TargetGroup::Migrants, 8)],
                    ),
                ),
                ("c.ron".to_owned(), secret),
            ],
            &crate::i18n::Language::all(),
        )
    }

    #[test]
    fn words_find_programs_of_every_city_grouped_by_city() {
        let library = library();
        let hits = library.search("legal aid", &LibraryFilters::default());
        assert_eq!(
            library.describe(&hits),
            [
                "Gwangju · #1 · Legal aid for migrants",
                "Utrecht · #1 · Legal aid desk"
            ]
        );
        assert_eq!(Library::cities_in(&hits), 2);
        assert_eq!(
            library.program_count(),
            3,
            "the internal program is not there"
        );
    }

    #[test]
    fn filters_by_the_city_and_by_the_program() {
        let library = library();
        let europe = LibraryFilters {
            region: Some(Region::Europe),
            ..LibraryFilters::default()
        };
        assert_eq!(
            library.describe(&library.search("", &europe)),
            ["Utrecht · #1 · Legal aid desk"]
        );
        let housing = LibraryFilters {
            programs: Filters {
                right: Some(25),
                ..Filters::default()
            },
            ..LibraryFilters::default()
        };
        assert_eq!(
            library.describe(&library.search("", &housing)),
            ["Gwangju · #2 · Housing first"]
        );
        let country = LibraryFilters {
            country: Some("utrecht".to_owned()),
            ..LibraryFilters::default()
        };
        assert_eq!(library.search("", &country).len(), 1);
    }

    #[test]
    fn coverage_counts_programs_per_right_goal_and_group() {
        let library = library();
        let coverage = Coverage::of(&library.profiles[0].document);
        assert_eq!(coverage.programs, 2);
        assert_eq!(coverage.count(&Addressed::Right(8)), 1);
        assert_eq!(coverage.count(&Addressed::Right(25)), 1);
        assert_eq!(coverage.count(&Addressed::Right(3)), 0);
        assert_eq!(coverage.count(&Addressed::Group(TargetGroup::Migrants)), 1);
    }

    #[test]
    fn gaps_are_what_others_address_and_mine_does_not_most_cities_first() {
        let mine = Coverage::of(&city(
            "Mine",
            Region::Europe,
            &[("Legal aid", TargetGroup::Migrants, 8)],
        ));
        let one = Coverage::of(&city(
            "One",
            Region::Europe,
            &[
                ("Shelter", TargetGroup::Homeless, 25),
                ("Legal aid", TargetGroup::Migrants, 8),
            ],
        ));
        let two = Coverage::of(&city(
            "Two",
            Region::Europe,
            &[
                ("Schools", TargetGroup::ChildrenAndAdolescents, 26),
                ("Housing", TargetGroup::Homeless, 25),
            ],
        ));
        let gaps = gaps(&mine, &[&one, &two]);
        let found: Vec<(&Addressed, &[usize])> = gaps
            .iter()
            .map(|g| (&g.what, g.cities.as_slice()))
            .collect();
        assert_eq!(
            found,
            [
                (&Addressed::Right(25), &[0, 1][..]),
                (&Addressed::Group(TargetGroup::Homeless), &[0, 1][..]),
                (&Addressed::Right(26), &[1][..]),
                (
                    &Addressed::Group(TargetGroup::ChildrenAndAdolescents),
                    &[1][..]
                ),
            ]
        );
        assert!(super::gaps(&one, &[&one]).is_empty(), "no gap with itself");
    }

    #[test]
    fn cities_of_one_size_and_the_countries_named() {
        let mut library = library();
        library.profiles[1].document.city.population = Some(PopulationRange::Below50k);
        assert_eq!(library.of_size(&PopulationRange::Below50k), [1]);
        assert_eq!(library.countries(), ["Gwangju", "Tetouan", "Utrecht"]);
    }
}
