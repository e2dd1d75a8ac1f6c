//! What a program's own words say about it: the groups of people it names
//! ("migrants, older adults, persons with disabilities") and the kind its
//! title suggests ("Office", "Training", "Campaign"), in English, Spanish and
//! French. Offered as suggestions for the officer to accept, never applied
//! in silence.

use super::wording::bare;
use super::{Program, ProgramKind, Suggestions, TargetGroup};

/// Words naming each group. A pattern is words in capitals without accents;
/// a word ending in `*` stands for every word it begins.
const GROUP_WORDS: &[(TargetGroup, &[&str])] = &[
    (TargetGroup::Migrants, &["MIGRA*", "IMMIGR*", "INMIGR*"]),
    (
        TargetGroup::Refugees,
        &[
            "REFUGEE*",
            "REFUGIAD*",
            "REFUGIE*",
            "ASYLUM",
            "ASILO",
            "ASILE",
        ],
    ),
    (
        TargetGroup::OlderAdults,
        &[
            "OLDER ADULT*",
            "OLDER PEOPLE",
            "OLDER PERSON*",
            "ELDERLY",
            "SENIOR CITIZEN*",
            "ADULTO* MAYOR*",
            "PERSONA* MAYOR*",
            "TERCERA EDAD",
            "PERSONNE* AGEE*",
            "AINE",
            "AINES",
        ],
    ),
    (
        TargetGroup::PersonsWithDisabilities,
        &["DISABILIT*", "DISABLED", "DISCAPACIDAD*", "HANDICAP*"],
    ),
    (
        TargetGroup::ChildrenAndAdolescents,
        &[
            "CHILD*",
            "ADOLESCEN*",
            "NINO",
            "NINOS",
            "NINA",
            "NINAS",
            "NINEZ",
            "INFANCIA",
            "ENFANT*",
        ],
    ),
    (
        TargetGroup::YoungPeople,
        &["YOUNG PEOPLE", "YOUTH*", "JOVEN*", "JUVENTUD*", "JEUNE*"],
    ),
    (
        TargetGroup::Women,
        &["WOMEN", "WOMAN", "GIRLS", "MUJER*", "FEMME*"],
    ),
    (
        TargetGroup::Lgbtiq,
        &[
            "LGBT*",
            "SEXUAL DIVERSITY",
            "DIVERSIDAD SEXUAL",
            "DIVERSITE SEXUELLE",
        ],
    ),
    (
        TargetGroup::IndigenousPeoples,
        &[
            "INDIGENOUS",
            "INDIGENA*",
            "AUTOCHTONE*",
            "PUEBLO* ORIGINARIO*",
        ],
    ),
    (
        TargetGroup::Homeless,
        &[
            "HOMELESS*",
            "SITUACION DE CALLE",
            "SIN HOGAR",
            "SANS ABRI*",
            "SANS DOMICILE",
        ],
    ),
    (
        TargetGroup::Poverty,
        &["POVERTY", "POBREZA", "PAUVRETE", "LOW INCOME"],
    ),
    (TargetGroup::Minorities, &["MINORIT*", "MINORIA*"]),
    (
        TargetGroup::MunicipalStaff,
        &[
            "MUNICIPAL STAFF",
            "MUNICIPAL EMPLOYEE*",
            "MUNICIPAL OFFICIAL*",
            "MUNICIPAL WORKER*",
            "CIVIL SERVANT*",
            "PUBLIC OFFICIAL*",
            "FUNCIONARI*",
            "PERSONAL MUNICIPAL",
            "FONCTIONNAIRE*",
            "AGENT* MUNICIPAUX",
            "PERSONNEL MUNICIPAL",
        ],
    ),
];

/// Words of a title naming each kind of public action.
const KIND_WORDS: &[(ProgramKind, &[&str])] = &[
    (ProgramKind::Program, &["PROGRAM*"]),
    (
        ProgramKind::Office,
        &["OFFICE*", "OFICINA*", "BUREAU*", "DESK"],
    ),
    (
        ProgramKind::Training,
        &[
            "TRAINING*",
            "WORKSHOP*",
            "COURSE*",
            "CAPACITACI*",
            "FORMACI*",
            "TALLER*",
            "FORMATION*",
            "ATELIER*",
        ],
    ),
    (
        ProgramKind::Campaign,
        &[
            "CAMPAIGN*",
            "CAMPANA*",
            "CAMPAGNE*",
            "AWARENESS",
            "SENSIBILI*",
        ],
    ),
    (
        ProgramKind::Mechanism,
        &[
            "MECHANISM*",
            "MECANISM*",
            "OMBUD*",
            "OBSERVATOR*",
            "COUNCIL*",
            "CONSEJO*",
            "CONSEIL*",
            "COMMITTEE*",
            "COMITE*",
            "COMMISSION*",
            "COMISION*",
            "DEFENSOR*",
        ],
    ),
    (ProgramKind::Plan, &["PLAN", "PLANS"]),
    (
        ProgramKind::Policy,
        &[
            "POLICY",
            "POLICIES",
            "POLITICA*",
            "POLITIQUE*",
            "ORDINANCE*",
            "ORDENANZA*",
            "STRATEG*",
            "ESTRATEGIA*",
        ],
    ),
    (
        ProgramKind::Service,
        &[
            "SERVICE*",
            "SERVICIO*",
            "CENTER*",
            "CENTRE*",
            "CENTRO*",
            "HELPLINE*",
            "SHELTER*",
            "ALBERGUE*",
            "LEGAL AID",
            "CLINIC*",
        ],
    ),
];

/// Where `pattern` first occurs among `words`, as a word index.
fn find(words: &[&str], pattern: &str) -> Option<usize> {
    let wanted: Vec<&str> = pattern.split(' ').collect();
    let matches = |word: &str, want: &str| match want.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == want,
    };
    words.windows(wanted.len()).position(|window| {
        window
            .iter()
            .zip(&wanted)
            .all(|(word, want)| matches(word, want))
    })
}

/// The groups `text` names, in the order of the list.
pub fn target_groups(text: &str) -> Vec<TargetGroup> {
    let text = bare(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    (GROUP_WORDS.iter())
        .filter(|(_, patterns)| patterns.iter().any(|p| find(&words, p).is_some()))
        .map(|(group, _)| group.clone())
        .collect()
}

/// The kind the first kind-naming word of `title` says.
pub fn kind(title: &str) -> Option<ProgramKind> {
    let title = bare(title);
    let words: Vec<&str> = title.split_whitespace().collect();
    (KIND_WORDS.iter())
        .filter_map(|(kind, patterns)| {
            let first = patterns.iter().filter_map(|p| find(&words, p)).min()?;
            Some((first, kind))
        })
        .min_by_key(|(first, _)| *first)
        .map(|(_, kind)| kind.clone())
}

/// What `program`'s texts in `lang` suggest that it does not have yet.
pub fn for_program(program: &Program, lang: &str) -> Suggestions {
    let kind = kind(program.title.get(lang)).filter(|kind| *kind != program.kind);
    let text = [&program.title, &program.summary, &program.description]
        .map(|text| text.get(lang))
        .join(" ");
    let target_groups = target_groups(&text)
        .into_iter()
        .filter(|group| !program.target_groups.contains(group))
        .collect();
    Suggestions {
        kind,
        target_groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_a_sentence_names_in_each_language() {
        use TargetGroup::*;
        let english = "Community Programs aimed at groups requiring special protection, \
                       such as migrants, older adults, persons with disabilities, and \
                       children and adolescents.";
        let expected = [
            Migrants,
            OlderAdults,
            PersonsWithDisabilities,
            ChildrenAndAdolescents,
        ];
        assert_eq!(target_groups(english), expected);
        let spanish = "Programas para personas migrantes, adultos mayores, personas con \
                       discapacidad y niños, niñas y adolescentes.";
        assert_eq!(target_groups(spanish), expected);
        let french = "Programmes pour les personnes migrantes, les personnes âgées, les \
                      personnes en situation de handicap et les enfants.";
        assert_eq!(target_groups(french), expected);
        assert_eq!(
            target_groups("Talleres para funcionarios municipales"),
            [MunicipalStaff]
        );
        assert_eq!(target_groups("A plan for the port's roads."), []);
    }

    #[test]
    fn the_kind_is_the_first_kind_word_of_the_title() {
        assert_eq!(kind("Internal Training"), Some(ProgramKind::Training));
        assert_eq!(
            kind("Office for the Training of Migrants"),
            Some(ProgramKind::Office)
        );
        assert_eq!(kind("Oficina de la Diversidad"), Some(ProgramKind::Office));
        assert_eq!(
            kind("Campagne de sensibilisation"),
            Some(ProgramKind::Campaign)
        );
        assert_eq!(kind("Plan local d'inclusion"), Some(ProgramKind::Plan));
        assert_eq!(kind("Planning ahead"), None);
        assert_eq!(kind("Community Outreach"), None);
    }

    #[test]
    fn what_the_program_has_is_not_suggested() {
        let mut program = Program::new(super::super::ProgramId(1));
        program.title = super::super::Localized::new("en", "Community Programs for migrants");
        program.target_groups = vec![TargetGroup::Migrants];
        assert!(for_program(&program, "en").is_empty());
    }
}
