import { describe, expect, it } from 'vitest';
import { NOTE_PART_KINDS } from '../../shared/caseNotes';
import { DEMO_STAGES } from '../../shared/demoStages';
import { DEPARTMENT_KINDS } from '../../shared/cases';
import {
  ACTOR_ROLES,
  BUILDING_USES,
  CASE_CLASSES,
  CASE_EVENT_KINDS,
  CASE_SOURCES,
  CASE_STATUSES,
  CREDIT_GRADES,
  DUAL_REPORT_STATES,
  FACILITY_KINDS,
  OVERLAY_KINDS,
  PARTY_MEMBER_CATEGORIES,
  PARTY_ORG_KINDS,
  PARTY_ORG_RATINGS,
  RESIDENT_TAGS,
  ROLES,
  STAFF_ROLES,
} from '../../shared/domain';
import { API_ERROR_CODES } from '../../shared/errors';
import { THEMATIC_METRICS } from '../../shared/thematic';
import { catalogs, LOCALES } from './locales';
import { placeholdersOf } from './messages';
import { interpolate, makeTranslate } from './translate';

const VOCABULARIES: Record<string, readonly string[]> = {
  role: ROLES,
  jobStage: DEMO_STAGES,
  actor: ACTOR_ROLES,
  caseNote: NOTE_PART_KINDS,
  departmentKind: DEPARTMENT_KINDS,
  buildingUse: BUILDING_USES,
  residentTag: RESIDENT_TAGS,
  staffRole: STAFF_ROLES,
  partyOrgKind: PARTY_ORG_KINDS,
  partyOrgRating: PARTY_ORG_RATINGS,
  partyMemberCategory: PARTY_MEMBER_CATEGORIES,
  dualReport: DUAL_REPORT_STATES,
  facilityKind: FACILITY_KINDS,
  creditGrade: CREDIT_GRADES,
  caseSource: CASE_SOURCES,
  caseClass: CASE_CLASSES,
  caseStatus: CASE_STATUSES,
  caseEvent: CASE_EVENT_KINDS,
  overlay: OVERLAY_KINDS,
  error: API_ERROR_CODES,
  lang: LOCALES,
  'thematic.metric': THEMATIC_METRICS,
  'thematic.unit': THEMATIC_METRICS,
  'thematic.value': THEMATIC_METRICS,
  'thematic.definition': THEMATIC_METRICS,
};

describe('message catalogs', () => {
  it.each(Object.entries(VOCABULARIES))('label every %s value in every language', (prefix, values) => {
    for (const locale of LOCALES) {
      for (const value of values) {
        const message = (catalogs[locale] as Record<string, string>)[`${prefix}.${value}`];
        expect(message, `${locale}: ${prefix}.${value}`).toBeTruthy();
      }
    }
  });

  it('has the same keys and placeholders in every language', () => {
    const zh = catalogs['zh-CN'];
    for (const locale of LOCALES) {
      const other = catalogs[locale];
      expect(Object.keys(other).sort()).toEqual(Object.keys(zh).sort());
      for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
        expect(placeholdersOf(other[key]), `${locale}: ${key}`).toEqual(placeholdersOf(zh[key]));
        expect(other[key].trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
  });

  it('uses the wording the street office expects for the vocabularies', () => {
    const t = makeTranslate('zh-CN');
    expect(BUILDING_USES.map((u) => t(`buildingUse.${u}`))).toEqual(['住宅', '商业', '商住', '办公', '公共', '工业']);
    expect(STAFF_ROLES.map((r) => t(`staffRole.${r}`))).toEqual(['网格长', '网格员', '楼栋长', '志愿者']);
    expect(RESIDENT_TAGS.map((r) => t(`residentTag.${r}`))).toEqual(['独居老人', '悬空老人', '残疾', '低保', '重点关爱']);
    expect(t('partyOrgKind.two_new')).toBe('两新组织党组织');
    expect(t('error.wrong_password')).toContain('数据未改动');
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} 与 {b}', { a: 1 })).toBe('1 与 {b}');
    expect(makeTranslate('en')('common.households', { count: 12 })).toBe('12 households');
  });
});
