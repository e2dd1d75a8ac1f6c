//! Realistic made-up profiles of any size, for benchmarks and stress tests.
//! Deterministic: the same seed gives the same document.

use super::vocab::{SDG_COUNT, UDHR_ARTICLE_COUNT};
use super::{
    Beneficiaries, BudgetLine, Document, Evidence, GovernmentType, Indicator, IndicatorKind,
    Localized, Measurement, Moment, Partner, PolicyArea, PopulationRange, Program, ProgramKind,
    ProgramStatus, Region, TargetGroup, Vocabulary,
};

const ACTIONS: [&str; 12] = [
    "Community",
    "Legal aid",
    "Housing first",
    "Inclusive schools",
    "Accessible transport",
    "Women's safety",
    "Youth participation",
    "Migrant welcome",
    "Elderly care",
    "Open data",
    "Anti-discrimination",
    "Cultural rights",
];
const FORMS: [&str; 8] = [
    "network",
    "desk",
    "programme",
    "fund",
    "plan",
    "observatory",
    "campaign",
    "workshops",
];
const DISTRICTS: [&str; 10] = [
    "Barrancas",
    "Llolleo",
    "Centro",
    "Bellavista",
    "Tejas Verdes",
    "San Juan",
    "Lo Gallardo",
    "Cartagena Road",
    "the port area",
    "the hills",
];
const UNITS: [&str; 6] = [
    "Community Development",
    "Legal Office",
    "Housing Department",
    "Education Department",
    "Health Department",
    "Mayor's Office",
];
const PARTNERS: [&str; 6] = [
    "Red Cross",
    "University of Valparaíso",
    "UNHCR",
    "Neighbourhood councils",
    "INDH",
    "Local NGOs",
];

/// A small xorshift generator: enough variety for benchmarks, no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const AREAS: [&str; 6] = [
    "Equality and non-discrimination",
    "Access to justice",
    "Housing and the city",
    "Education in human rights",
    "Participation and transparency",
    "Care and social rights",
];

/// A made-up city with a catalogue of `programs` made-up programs, spread over
/// six policy areas, with groups, rights, goals, indicators and budgets.
pub fn profile_with_programs(programs: usize, seed: u64) -> Document {
    let mut document = Document::default();
    document.city.name = Localized::new("en", "Puerto Ejemplo");
    document.city.qualifier = Localized::new("en", "synthetic");
    document.policies.areas = AREAS
        .iter()
        .map(|title| PolicyArea {
            title: Localized::new("en", *title),
            ..PolicyArea::default()
        })
        .collect();
    let mut random = Random(seed | 1);
    for n in 0..programs {
        let id = document.allocate_program_id();
        let mut program = Program::new(id);
        let action = random.pick(&ACTIONS);
        let form = random.pick(&FORMS);
        let district = random.pick(&DISTRICTS);
        program.title = Localized::new("en", format!("{action} {form} {}", n + 1));
        program.summary = Localized::new(
            "en",
            format!(
                "A {form} in {district} that brings {} closer to the people who need it.",
                action.to_lowercase()
            ),
        );
        program.description = Localized::new(
            "en",
            format!(
                "Started after consultations in {district}.\n\n- Weekly sessions\n- A yearly public report\n\nRun with *{}*.",
                random.pick(&PARTNERS)
            ),
        );
        program.kind = random.pick(ProgramKind::KNOWN).clone();
        program.status = *random.pick(&ProgramStatus::ALL);
        program.responsible_unit = Localized::new("en", *random.pick(&UNITS));
        program.partners.push(Partner {
            id: crate::model::ItemId::default(),
            name: (*random.pick(&PARTNERS)).to_owned(),
            role: Localized::new("en", "co-organiser"),
        });
        for _ in 0..1 + random.below(3) {
            let group = random.pick(TargetGroup::KNOWN).clone();
            if !program.target_groups.contains(&group) {
                program.target_groups.push(group);
            }
        }
        for _ in 0..1 + random.below(3) {
            let right = 1 + random.below(usize::from(UDHR_ARTICLE_COUNT)) as u8;
            if !program.rights.contains(&right) {
                program.rights.push(right);
            }
        }
        program.rights.sort_unstable();
        let sdg = 1 + random.below(usize::from(SDG_COUNT)) as u8;
        program.sdgs.push(sdg);
        program
            .sdg_targets
            .push(format!("{sdg}.{}", 1 + random.below(5)));
        let start = 2015 + random.below(10) as i32;
        program.start = Some(Moment::Year(start));
        let baseline = random.below(50) as f64;
        program.indicators.push(Indicator {
            target_year: None,
            source: Default::default(),
            reporter: Default::default(),
            frequency: Default::default(),
            disaggregation: Vec::new(),
            id: crate::model::ItemId::default(),
            name: Localized::new("en", "People reached"),
            kind: *random.pick(&IndicatorKind::ALL),
            unit: Localized::new("en", "people"),
            baseline: Some(baseline),
            target: Some(baseline + 100.0),
            measurements: vec![Measurement {
                parts: Vec::new(),
                note: Default::default(),
                when: Moment::Year(start + 1),
                value: baseline + random.below(120) as f64,
            }],
        });
        program.budget.push(BudgetLine {
            executed: None,
            id: crate::model::ItemId::default(),
            year: start,
            amount: (10_000 + random.below(90_000)) as f64,
            currency: "CLP".to_owned(),
        });
        program.beneficiaries.push(Beneficiaries {
            parts: Vec::new(),
            count: random.below(5_000) as u64,
            year: start,
        });
        program.evidence.push(Evidence {
            id: crate::model::ItemId::default(),
            title: Localized::new("en", "Annual report"),
            link: format!("https://example.org/reports/{}", n + 1),
        });
        let areas = document.policies.areas.len();
        if areas > 0 {
            let area: &mut PolicyArea = &mut document.policies.areas[random.below(areas)];
            area.programs.push(id);
        }
        document.programs.push(program);
    }
    document.give_item_ids(true);
    document
}

const CITY_STARTS: [&str; 12] = [
    "San", "Villa", "Puerto", "Nova", "Alto", "Bel", "Kor", "Mar", "Tet", "Ut", "Gwang", "Ma",
];
const CITY_ENDS: [&str; 12] = [
    "ora", "ville", "burg", "ju", "ouan", "recht", "yo", "grad", "polis", "mar", "ena", "stad",
];
const COUNTRIES: [(&str, Region); 12] = [
    ("Chile", Region::LatinAmerica),
    ("Uruguay", Region::LatinAmerica),
    ("Korea", Region::AsiaPacific),
    ("Indonesia", Region::AsiaPacific),
    ("Morocco", Region::MiddleEastWestAsia),
    ("Türkiye", Region::Eurasia),
    ("Netherlands", Region::Europe),
    ("Spain", Region::Europe),
    ("Côte d'Ivoire", Region::Africa),
    ("Kenya", Region::Africa),
    ("Canada", Region::NorthAmerica),
    ("Mexico", Region::LatinAmerica),
];

/// City `index` of a made-up library: a name no other index has, and a
/// country, region, size and kind of government that vary with the index,
/// with `programs` programs.
pub fn library_profile(index: usize, programs: usize) -> Document {
    let mut document = profile_with_programs(programs, index as u64 + 1);
    let (starts, ends) = (CITY_STARTS.len(), CITY_ENDS.len());
    let mut name = format!(
        "{}{}",
        CITY_STARTS[index % starts],
        CITY_ENDS[(index / starts) % ends]
    );
    if index >= starts * ends {
        name.push_str(&format!(" {}", index / (starts * ends) + 1));
    }
    let (country, region) = &COUNTRIES[(index * 7 + index / starts) % COUNTRIES.len()];
    let city = &mut document.city;
    city.name = Localized::new("en", name);
    city.qualifier = Localized::new("en", *country);
    city.country = Localized::new("en", *country);
    city.region = Some(region.clone());
    city.population = Some(PopulationRange::KNOWN[index % PopulationRange::KNOWN.len()].clone());
    city.government = Some(GovernmentType::KNOWN[index % GovernmentType::KNOWN.len()].clone());
    city.joined = Some(2022 + (index % 4) as i32);
    document
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_cities_have_names_of_their_own() {
        let names: std::collections::HashSet<String> = (0..400)
            .map(|i| library_profile(i, 0).city.display_name("en"))
            .collect();
        assert_eq!(names.len(), 400);
        assert_eq!(library_profile(3, 20).programs.len(), 20);
    }

    #[test]
    fn generated_profiles_have_the_asked_size_and_unique_ids() {
        let document = profile_with_programs(250, 7);
        assert_eq!(document.programs.len(), 250);
        let mut ids: Vec<u32> = document.programs.iter().map(|p| p.id.0).collect();
        ids.dedup();
        assert_eq!(ids.len(), 250);
        assert!(document.dangling_links().is_empty());
        assert_eq!(profile_with_programs(250, 7), document, "deterministic");
    }
}
