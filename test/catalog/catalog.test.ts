import economicJson from '../../src/engine/catalog/data/economic.json';
import functionalJson from '../../src/engine/catalog/data/functional.json';
import {
  bundledCatalog,
  catalogFromRows,
  catalogYears,
  childrenByName,
  classByName,
  economicEntry,
  functionalEntry,
  isKuanComplete,
  normalizeSubjectName,
  stripCodePrefix,
  type CatalogRow,
} from '../../src/engine/catalog';

const functionalRows = functionalJson as unknown as CatalogRow[];
const economicRows = economicJson as unknown as CatalogRow[];

describe('bundled catalog data', () => {
  it('holds the reference rows plus the structural parents, per level', () => {
    expect(bundledCatalog().counts()).toEqual({
      'functional 类': 30,
      'functional 款': 32, // 17 from the reference TSV + 15 implied by a listed 项
      'functional 项': 73,
      'economic department 类': 10,
      'economic department 款': 79,
      'economic government 类': 7, // 6 + 513 implied by 51301
      'economic government 款': 11,
    });
    expect(functionalRows.filter((r) => r.origin === 'reference-tsv')).toHaveLength(120);
    expect(economicRows.filter((r) => r.origin === 'reference-tsv')).toHaveLength(106);
  });

  it('keeps every row well formed: level by length, parent by prefix, a grade and a source', () => {
    const levels: Record<number, string> = { 3: '类', 5: '款', 7: '项' };
    const codes = new Set(functionalRows.map((r) => r.code));
    for (const row of functionalRows) {
      expect([row.code, row.level]).toEqual([row.code, levels[row.code.length]]);
      expect([row.code, row.parent]).toEqual([row.code, row.code.length > 3 ? row.code.slice(0, -2) : null]);
      if (row.parent) expect([row.code, codes.has(row.parent)]).toEqual([row.code, true]);
      expect(['A', 'B', 'C', 'W', 'U']).toContain(row.confidence);
      expect(row.source.length).toBeGreaterThan(5);
      expect(row.names.length).toBeGreaterThan(0);
    }
    const economicCodes = new Set(economicRows.map((r) => r.code));
    for (const row of economicRows) {
      expect(['department', 'government']).toContain(row.system);
      expect(row.system).toBe(row.code.startsWith('5') ? 'government' : 'department');
      if (row.parent) expect([row.code, economicCodes.has(row.parent)]).toEqual([row.code, true]);
    }
  });

  it('keeps source and grade of the reference rows (2060702: four publishers, grade A)', () => {
    const row = functionalEntry('2060702', 2023)!.row;
    expect(row.confidence).toBe('A');
    expect(row.independentSources).toBe(4);
    expect(row.source).toContain('mof.hainan.gov.cn');
    expect(functionalEntry('21002', 2024)!.row).toMatchObject({ confidence: 'C', origin: 'inferred-parent', names: [{ name: null }] });
  });

  it('lists all 30 类 of seed 004 收支总表 (2023) with their 2023 names', () => {
    const seed004Classes = [
      '一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出',
      '社会保障和就业支出', '社会保险基金支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出',
      '资源勘探工业信息等支出', '商业服务业等支出', '金融支出', '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出',
      '粮油物资储备支出', '国有资本经营预算支出', '灾害防治及应急管理支出', '预备费', '其他支出', '转移性支出', '债务还本支出',
      '债务付息支出', '债务发行费用支出', '抗疫特别国债安排的支出',
    ];
    const codes = seed004Classes.map((name) => {
      const hit = classByName(name, 2023);
      expect([name, hit?.matched]).toEqual([name, 'current']);
      return hit!.entry.code;
    });
    expect(codes).toEqual([
      '201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215',
      '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234',
    ]);
  });
});

describe('every code the seeds print is known, with the printed name', () => {
  // [code, name as printed, year]: seed 000 (2021) 表7, seed 002 (2022) 表7, seed 004 (2023) tables and 名词解释.
  const functional: [string, string, number][] = [
    ['206', '科学技术支出', 2021], ['20607', '科学技术普及', 2021], ['2060701', '机构运行', 2021], ['2060702', '科普活动', 2021],
    ['2060703', '青少年科技活动', 2021], ['2060704', '学术交流活动', 2021], ['2060705', '科技馆站', 2021],
    ['2060799', '其他科学技术普及支出', 2021], ['20605', '科技条件与服务', 2021], ['2060501', '机构运行', 2021],
    ['2060599', '其他科技条件与服务支出', 2021], ['20608', '科技交流与合作', 2021], ['2060899', '其他科技交流与合作支出', 2021],
    ['208', '社会保障和就业支出', 2021], ['20805', '行政事业单位养老支出', 2021], ['2080501', '行政单位离退休', 2021],
    ['2080502', '事业单位离退休', 2021], ['2080505', '机关事业单位基本养老保险缴费支出', 2021], ['2080506', '机关事业单位职业年金缴费支出', 2021],
    ['210', '卫生健康支出', 2021], ['21011', '行政事业单位医疗', 2021], ['2101101', '行政单位医疗', 2021], ['2101102', '事业单位医疗', 2021],
    ['221', '住房保障支出', 2021], ['22102', '住房改革支出', 2021], ['2210201', '住房公积金', 2021], ['2210203', '购房补贴', 2021],
    ['2060599', '其他科技条件与服务支出', 2022], ['2060899', '其他科技交流与合作支出', 2022], ['2101102', '事业单位医疗', 2022],
    ['2060101', '行政运行', 2023], ['2060702', '科普活动', 2023], ['2080505', '机关事业单位基本养老保险缴费支出', 2023],
    ['2080506', '机关事业单位职业年金缴费支出', 2023], ['2089999', '其他社会保障和就业支出', 2023], ['2089901', '其他社会保障和就业支出', 2023],
    ['2101101', '行政单位医疗', 2023], ['2101103', '公务员医疗补助', 2023], ['2101199', '其他行政事业单位医疗支出', 2023],
    ['2210201', '住房公积金', 2023],
  ];
  it.each(functional)('%s %s (%i)', (code, name, year) => {
    expect(functionalEntry(code, year)!.validNames.map(normalizeSubjectName)).toContain(normalizeSubjectName(name));
  });

  const economic: [string, string][] = [
    ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30103', '奖金'], ['30108', '机关事业单位基本养老保险缴费'],
    ['30109', '职业年金缴费'], ['30110', '职工基本医疗保险缴费'], ['30111', '公务员医疗补助缴费'], ['30112', '其他社会保障缴费'],
    ['30113', '住房公积金'], ['30114', '医疗费'], ['30199', '其他工资福利支出'], ['302', '商品和服务支出'], ['30201', '办公费'],
    ['30217', '公务接待费'], ['30228', '工会经费'], ['30229', '福利费'], ['30231', '公务用车运行维护费'], ['30239', '其他交通费用'],
    ['303', '对个人和家庭的补助'], ['30307', '医疗费补助'], ['30309', '奖励金'], ['30399', '其他对个人和家庭的补助'],
  ];
  it.each(economic)('%s %s (seed 004, 2023)', (code, name) => {
    expect(economicEntry(code, 2023)!.name).toBe(name);
  });

  it('seed 002’s 20609 / 2060999 are not (reference README: doubtful)', () => {
    expect(functionalEntry('20609', 2022)).toBeUndefined();
    expect(functionalEntry('2060999', 2022)).toBeUndefined();
    expect(functionalEntry('2069999', 2022)!.name).toBe('其他科学技术支出');
  });
});

describe('names by year', () => {
  it('210: 医疗卫生与计划生育支出 until 2018, 卫生健康支出 from 2019', () => {
    expect(functionalEntry('210', 2018)!.name).toBe('医疗卫生与计划生育支出');
    const e2023 = functionalEntry('210', 2023)!;
    expect(e2023.name).toBe('卫生健康支出');
    expect(e2023.formerNames.map((f) => [f.name, f.changedIn])).toEqual([['医疗卫生与计划生育支出', 2019]]);
    expect(functionalEntry('210', 2018)!.laterNames.map((l) => [l.name, l.from])).toEqual([['卫生健康支出', 2019]]);
  });

  it('207: 文化体育与传媒支出 → 文化旅游体育与传媒支出 from 2019', () => {
    expect(functionalEntry('207', 2018)!.name).toBe('文化体育与传媒支出');
    expect(functionalEntry('207', 2019)!.name).toBe('文化旅游体育与传媒支出');
  });

  it('215, 220, 232: both names accepted while the switch year is unknown (2021–2022)', () => {
    expect(functionalEntry('215', 2022)!.validNames).toEqual(['资源勘探信息等支出', '资源勘探工业信息等支出']);
    expect(functionalEntry('215', 2020)!.validNames).toEqual(['资源勘探信息等支出']);
    expect(functionalEntry('220', 2023)!.formerNames.map((f) => [f.name, f.changedIn, f.yearsVerified])).toEqual([['国土海洋气象等支出', 2021, false]]);
    expect(functionalEntry('232', 2023)!.name).toBe('债务付息支出');
  });

  it('20805: 行政事业单位离退休 is a former name after 2020', () => {
    expect(functionalEntry('20805', 2021)!.formerNames.map((f) => f.name)).toEqual(['行政事业单位离退休']);
    expect(functionalEntry('20805', 2019)!.validNames).toEqual(['行政事业单位离退休', '行政事业单位养老支出']);
  });

  it('reads the newest year when none is given', () => {
    expect(catalogYears()).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(functionalEntry('210')!.name).toBe('卫生健康支出');
  });
});

describe('look-ups', () => {
  it('economic codes by code, in both systems', () => {
    expect(economicEntry('30217')!.name).toBe('公务接待费');
    expect(economicEntry('30901')!.name).toBe('房屋建筑物购建');
    expect(economicEntry('31001')!.name).toBe('房屋建筑物购建');
    expect(economicEntry('50201')!.row.system).toBe('government');
    expect(economicEntry('3019908')).toBeUndefined(); // local sub-item, not national
  });

  it('childrenByName needs the parent: 机构运行 is 2060501 under 20605 and 2060701 under 20607', () => {
    expect(childrenByName('20605', '机构运行', 2023).map((m) => m.entry.code)).toEqual(['2060501']);
    expect(childrenByName('20607', '机构运行', 2021).map((m) => m.entry.code)).toEqual(['2060701']);
    expect(childrenByName('20601', '行政运行', 2023).map((m) => m.entry.code)).toEqual(['2060101']);
    expect(childrenByName('21305', '行政运行', 2024).map((m) => m.entry.code)).toEqual(['2130501']);
    expect(childrenByName('301', '机关事业单位基本养老保险缴费', 2023).map((m) => m.entry.code)).toEqual(['30108']);
    expect(childrenByName('20607', '行政运行', 2023)).toEqual([]);
  });

  it('classByName strips ordinals and reports a former name as such', () => {
    expect(classByName('三十、抗疫特别国债安排的支出', 2023)).toMatchObject({ matched: 'current', entry: { code: '234' } });
    expect(classByName('六、科学技术支出', 2023)).toMatchObject({ matched: 'current', entry: { code: '206' } });
    expect(classByName('医疗卫生与计划生育支出', 2023)).toMatchObject({ matched: 'former', entry: { code: '210', name: '卫生健康支出' } });
    expect(classByName('科学技术普及', 2023)).toBeUndefined(); // a 款, not a 类
  });

  it('isKuanComplete: only where a named source lists every 项, for that source’s year', () => {
    expect(isKuanComplete('20605', 2023)).toBe(true);
    expect(isKuanComplete('20809', 2023)).toBe(true);
    expect(isKuanComplete('20605', 2021)).toBe(false);
    expect(isKuanComplete('20607', 2023)).toBe(false);
    expect(isKuanComplete('21305', 2024)).toBe(false); // the copy lacks 2130599: probably truncated
    expect(isKuanComplete('301', 2023)).toBe(false);
  });
});

describe('normalizeSubjectName', () => {
  it.each([
    ['政府办公厅(室)及相关机构事务', '政府办公厅（室）及相关机构事务'],
    ['政府办公厅【室】及相关机构事务', '政府办公厅(室)及相关机构事务'],
    ['“三西”农业建设专项补助', '"三西"农业建设专项补助'],
    ['“三西”农业建设专项补助', '三西农业建设专项补助'],
    ['其它公立医院支出', '其他公立医院支出'],
    [' 机构 运行', '机构运行'],
    ['机构\u3000运行', '机构运行'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['机关事业单位基本养老保险缴费', '机关事业单位基本养老保险缴费支出'],
    ['一、科学技术支出', '科学技术支出'],
    ['（一）科学技术支出', '科学技术支出'],
    ['1.一般公共预算拨款', '一般公共预算拨款'],
    ['因公出国(境)费用', '因公出国（境）费用'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeSubjectName(a)).toBe(normalizeSubjectName(b));
  });

  it.each([
    ['行政单位医疗', '事业单位医疗'],
    ['机关事业单位基本养老保险缴费支出', '机关事业单位职业年金缴费支出'],
    ['债务付息支出', '债务利息支出'],
  ])('%s ≢ %s', (a, b) => {
    expect(normalizeSubjectName(a)).not.toBe(normalizeSubjectName(b));
  });

  it('keeps short names whole', () => {
    expect(normalizeSubjectName('其他支出')).toBe('其他');
    expect(normalizeSubjectName('预备费')).toBe('预备费');
    expect(normalizeSubjectName('2023年科普专项')).toBe('2023年科普专项');
  });

  it('stripCodePrefix drops the row’s own code only', () => {
    expect(stripCodePrefix('2060101-行政运行', '2060101')).toBe('行政运行');
    expect(stripCodePrefix('[2060101]行政运行', '2060101')).toBe('行政运行');
    expect(stripCodePrefix('2023年科普专项', '2060702')).toBe('2023年科普专项');
  });
});

describe('catalogFromRows (a user-loaded official catalog)', () => {
  it('reads 科目编码 | 科目名称 with a title above the header', () => {
    const catalog = catalogFromRows(
      [
        ['2023年政府收支分类科目', ''],
        ['科目编码', '科目名称'],
        ['206', '科学技术支出'],
        ['20605', '科技条件与服务'],
        ['2060501', '机构运行'],
        ['2060599', '其他科技条件与服务支出'],
        ['1010101', '国内增值税税款收入'],
        ['301', '工资福利支出'],
        ['30101', '基本工资'],
      ],
      { year: 2023 },
    );
    expect(catalog.isUserLoaded).toBe(true);
    expect(catalog.catalogYears()).toEqual([2023]);
    expect(catalog.counts()).toEqual({ 'functional 类': 1, 'functional 款': 1, 'functional 项': 2, 'economic department 类': 1, 'economic department 款': 1 });
    expect(catalog.functionalEntry('2060501', 2023)).toMatchObject({ name: '机构运行', parent: '20605', row: { confidence: 'L' } });
    expect(catalog.functionalEntry('1010101')).toBeUndefined(); // income codes are not expenditure subjects
    expect(catalog.isKuanComplete('20605', 2023)).toBe(true);
    expect(catalog.isKuanComplete('20607', 2023)).toBe(true);
  });

  it('reads 类 | 款 | 项 | 名称 split columns, with the 类/款 cell only on its own row', () => {
    const catalog = catalogFromRows([
      ['类', '款', '项', '科目名称'],
      ['208', '', '', '社会保障和就业支出'],
      ['', '05', '', '行政事业单位养老支出'],
      ['', '', '05', '机关事业单位基本养老保险缴费支出'],
      ['', '', '06', '机关事业单位职业年金缴费支出'],
      ['210', '11', '', '行政事业单位医疗'],
      ['210', '11', '01', '行政单位医疗'],
    ]);
    expect(catalog.functionalEntry('2080506')!.name).toBe('机关事业单位职业年金缴费支出');
    expect(catalog.functionalEntry('21011')!.name).toBe('行政事业单位医疗');
    expect(catalog.functionalEntry('2101101')!.parent).toBe('21011');
    expect(catalog.newestYear).toBeNull();
  });

  it('reads a sheet without a header, and code and name in one cell', () => {
    const noHeader = catalogFromRows([
      ['', '206', '科学技术支出'],
      ['', '20607', '科学技术普及'],
      ['', '2060702', '科普活动'],
    ]);
    expect(noHeader.functionalEntry('2060702')!.name).toBe('科普活动');
    const oneCell = catalogFromRows([['科目编码'], ['206 科学技术支出'], ['20607 科学技术普及'], ['2060799-其他科学技术普及支出']]);
    expect(oneCell.functionalEntry('2060799')!.name).toBe('其他科学技术普及支出');
    expect(oneCell.functionalEntry('20607')!.name).toBe('科学技术普及');
  });
});
