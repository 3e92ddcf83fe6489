import { registerProblemMessages } from '../../../shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the unit and ownership error codes (Accept-Language); English is the error's
 * own message. Texts leave out the figures the database's safety nets cannot know. INVALID_SHARE, QUOTA_EXCEEDED and
 * OWNERSHIP_OVER_100 are also answered by the charge distribution (expenses), so they are worded for both.
 */
export function registerUnitProblems(): void {
  registerProblemMessages({
    INVALID_UNIT: {
      fr: "Le champ {field} du lot n'est pas valide",
      nl: 'Het veld {field} van de kavel is ongeldig',
    },
    INVALID_SHARE: {
      fr: "Une part est un pourcentage supérieur à 0 et d'au plus 100, avec au plus 4 décimales",
      nl: 'Een aandeel is een percentage boven 0 en van hoogstens 100, met hoogstens 4 decimalen',
    },
    QUOTA_EXCEEDED: {
      fr: "Les quotités des lots ne peuvent pas dépasser le total des quotités de l'immeuble",
      nl: 'De quotiteiten van de kavels mogen het totaal aan quotiteiten van het gebouw niet overschrijden',
    },
    QUOTA_HISTORY_CONFLICT: {
      fr: 'Une nouvelle quotité doit commencer après le début de la quotité en vigueur : corrigez celle-ci plutôt',
      nl: 'Een nieuwe quotiteit moet na het begin van de geldende quotiteit ingaan: verbeter die liever',
    },
    UNIT_LIMIT_REACHED: {
      fr: "L'immeuble a déjà le nombre de lots prévu par l'acte de base",
      nl: 'Het gebouw heeft al het aantal kavels dat de basisakte bepaalt',
    },
    DUPLICATE_UNIT_NUMBER: {
      fr: "L'immeuble a déjà un lot numéroté « {unitNumber} »",
      nl: 'Het gebouw heeft al een kavel met nummer "{unitNumber}"',
    },
    UNIT_HAS_OWNERSHIPS: {
      fr: "Le lot a des propriétaires (actuels ou passés) : le supprimer en effacerait l'historique",
      nl: 'De kavel heeft eigenaars (huidige of vroegere): het verwijderen zou die geschiedenis wissen',
    },
    UNIT_HAS_CHARGES: {
      fr: "Des dépenses de l'immeuble sont réparties entre ses lots : supprimer ce lot modifierait ces charges",
      nl: 'Uitgaven van het gebouw zijn over zijn kavels verdeeld: deze kavel verwijderen zou die lasten wijzigen',
    },
    UNIT_HAS_ASSEMBLY_RECORDS: {
      fr: "Le lot a porté des voix à une assemblée générale (le registre est conservé) : il ne peut être supprimé",
      nl: 'De kavel had stemmen op een algemene vergadering (het register wordt bewaard): hij kan niet verwijderd worden',
    },
    OWNERSHIP_OVER_100: {
      fr: "Les parts actives d'un lot ne peuvent pas dépasser ensemble 100 %",
      nl: 'De actieve aandelen in een kavel mogen samen niet meer dan 100 % bedragen',
    },
    OWNERSHIP_ALREADY_ACTIVE: {
      fr: 'Ce copropriétaire détient déjà une part du lot pour cette période : mettez-y fin ou faites un transfert',
      nl: 'Deze mede-eigenaar heeft voor die periode al een aandeel in de kavel: beëindig het of doe een overdracht',
    },
    OWNERSHIP_PERIOD_INVALID: {
      fr: 'Une part qui commence le {startDate} ne peut pas prendre fin le {endDate}',
      nl: 'Een aandeel dat begint op {startDate} kan niet eindigen op {endDate}',
    },
    TRANSFER_TO_SAME_OWNER: {
      fr: 'Un transfert nécessite deux copropriétaires différents',
      nl: 'Een overdracht vereist twee verschillende mede-eigenaars',
    },
  });
}
