import { Injectable } from '@nestjs/common';
import { DocumentsService } from '../../documents';
import { DistributionKeysService, ExpensesService } from '../../expenses';
import { MeetingsService } from '../../meetings';
import type { TenantContext } from '../../../shared/domain/tenant';
import { renderPdf } from '../../../shared/pdf/pdf-renderer';
import { Clock } from '../../../shared/domain/clock';

type Category =
  'maintenance' | 'repairs' | 'cleaning' | 'works' | 'utilities' | 'administration' | 'insurance' | 'other';

/** Twelve months of a building's life: recurring charges, works, insurance, and next assembly. */
const YEARLY_EXPENSES: ReadonlyArray<{
  month: number;
  category: Category;
  description: string;
  supplier: string;
  amountCents: number;
  vatRate: 0 | 6 | 21;
}> = [
  {
    month: 0,
    category: 'insurance',
    description: 'Assurance incendie immeuble',
    supplier: 'AG Insurance',
    amountCents: 284_350,
    vatRate: 0,
  },
  {
    month: 0,
    category: 'administration',
    description: 'Honoraires du syndic, 1er trimestre',
    supplier: 'Syndic',
    amountCents: 96_800,
    vatRate: 21,
  },
  {
    month: 1,
    category: 'cleaning',
    description: 'Nettoyage des communs, janvier-février',
    supplier: 'Net & Clair SRL',
    amountCents: 43_560,
    vatRate: 21,
  },
  {
    month: 2,
    category: 'utilities',
    description: 'Électricité des communs',
    supplier: 'Engie',
    amountCents: 31_277,
    vatRate: 6,
  },
  {
    month: 3,
    category: 'maintenance',
    description: 'Entretien annuel de la chaudière',
    supplier: 'Vivaqua Chauffage',
    amountCents: 54_450,
    vatRate: 6,
  },
  {
    month: 3,
    category: 'administration',
    description: 'Honoraires du syndic, 2e trimestre',
    supplier: 'Syndic',
    amountCents: 96_800,
    vatRate: 21,
  },
  {
    month: 4,
    category: 'repairs',
    description: "Réparation de la porte d'entrée",
    supplier: 'Menuiserie Dewitte',
    amountCents: 73_205,
    vatRate: 6,
  },
  {
    month: 5,
    category: 'utilities',
    description: 'Eau des communs',
    supplier: 'Vivaqua',
    amountCents: 18_933,
    vatRate: 6,
  },
  {
    month: 6,
    category: 'works',
    description: 'Rénovation de la toiture (fonds de réserve)',
    supplier: 'Toitures Bruxelloises',
    amountCents: 1_845_000,
    vatRate: 6,
  },
  {
    month: 6,
    category: 'administration',
    description: 'Honoraires du syndic, 3e trimestre',
    supplier: 'Syndic',
    amountCents: 96_800,
    vatRate: 21,
  },
  {
    month: 7,
    category: 'cleaning',
    description: 'Nettoyage des communs, juillet-août',
    supplier: 'Net & Clair SRL',
    amountCents: 43_560,
    vatRate: 21,
  },
  {
    month: 8,
    category: 'maintenance',
    description: "Contrôle de l'ascenseur",
    supplier: 'Schindler',
    amountCents: 38_720,
    vatRate: 21,
  },
  {
    month: 9,
    category: 'other',
    description: 'Frais de convocation et de reprographie',
    supplier: 'bpost',
    amountCents: 4_999,
    vatRate: 0,
  },
  {
    month: 9,
    category: 'administration',
    description: 'Honoraires du syndic, 4e trimestre',
    supplier: 'Syndic',
    amountCents: 96_800,
    vatRate: 21,
  },
  {
    month: 10,
    category: 'repairs',
    description: 'Remplacement des luminaires du hall',
    supplier: 'Électricité Janssens',
    amountCents: 61_347,
    vatRate: 21,
  },
  {
    month: 11,
    category: 'utilities',
    description: 'Électricité des communs, régularisation',
    supplier: 'Engie',
    amountCents: 27_100,
    vatRate: 6,
  },
];

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

@Injectable()
export class DemoActivity {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly keys: DistributionKeysService,
    private readonly meetings: MeetingsService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
  ) {}

  /** The day the demo owners bought their units: before the first demo expense. */
  yearStart(now = this.clock.now()): string {
    return isoDate(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() - 1, 1)));
  }

  async load(tenant: TenantContext, buildingId: string, now = this.clock.now()): Promise<void> {
    for (const [index, spec] of YEARLY_EXPENSES.entries()) {
      const day = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + spec.month, 5 + (index % 20)));
      const { month: _month, ...details } = spec;
      const expense = await this.expenses.create(tenant, {
        buildingId,
        ...details,
        expenseDate: isoDate(day),
        dueDate: isoDate(new Date(day.getTime() + 30 * 86_400_000)),
        invoiceNumber: `F-${day.getUTCFullYear()}-${String(index + 1).padStart(4, '0')}`,
      });
      if (spec.month < 10)
        await this.expenses.markPaid(tenant, expense.id, {
          paidAt: new Date(day.getTime() + 20 * 86_400_000).toISOString(),
        });
    }
    const assembly = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 30, 17, 30));
    await this.meetings.schedule(tenant, {
      buildingId,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire',
      scheduledAt: assembly.toISOString(),
      location: 'Salle polyvalente, rez-de-chaussée',
      agenda: [
        {
          title: 'Approbation des comptes de l’exercice',
          description: 'Comptes arrêtés au 31 décembre, rapport du commissaire aux comptes.',
        },
        { title: 'Décharge au syndic et au conseil de copropriété' },
        { title: 'Budget prévisionnel et appels de fonds', description: 'Fonds de roulement et fonds de réserve.' },
        { title: 'Travaux de façade: devis et décision', description: 'Majorité des deux tiers (art. 3.88 §1er).' },
      ],
    });
    await this.uploadRegulation(tenant, buildingId);
  }

  /**
   * The lift key of the statutes (the ground floor, parking and cellar do not use the lift), a repair charged by it,
   * and a credit note (an energy refund) split like any charge, with negative parts.
   */
  async loadLift(
    tenant: TenantContext,
    buildingId: string,
    weights: Readonly<Record<string, number>>,
    unitIds: ReadonlyMap<string, string>,
    now = this.clock.now(),
  ): Promise<void> {
    const key = await this.keys.create(tenant, buildingId, {
      name: 'Ascenseur',
      weights: Object.entries(weights).map(([unitNumber, weight]) => ({
        unitId: unitIds.get(unitNumber) as string,
        weight,
      })),
    });
    const day = (month: number) => isoDate(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + month, 12)));
    await this.expenses.create(tenant, {
      buildingId,
      category: 'repairs',
      description: "Remplacement du câble de l'ascenseur",
      supplier: 'Schindler',
      amountCents: 124_630,
      vatRate: 6,
      expenseDate: day(9),
      keyId: key.id,
    });
    await this.expenses.create(tenant, {
      buildingId,
      category: 'utilities',
      description: 'Note de crédit: régularisation électricité des communs',
      supplier: 'Engie',
      amountCents: -8_415,
      vatRate: 6,
      expenseDate: day(11),
    });
  }

  /** The house rules (règlement d'ordre intérieur), visible to the owners. */
  private async uploadRegulation(tenant: TenantContext, buildingId: string): Promise<void> {
    const pdf = await renderPdf({
      content: [
        { text: "Règlement d'ordre intérieur", style: 'title' },
        'Les parties communes sont tenues en bon état de propreté. Les poubelles sont sorties la veille du ramassage.',
        'Les travaux bruyants sont autorisés en semaine de 8 h à 18 h. Les animaux sont tenus en laisse dans les communs.',
      ],
    });
    await this.documents.upload(tenant, {
      buildingId,
      type: 'regulation',
      title: "Règlement d'ordre intérieur",
      visibility: 'public_to_owners',
      fileName: 'reglement-ordre-interieur.pdf',
      content: (async function* () {
        yield pdf;
      })(),
    });
  }
}
