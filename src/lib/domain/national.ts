// The nation as an area: its id in every table ('VN'), the one place the site spells it.
export const NATIONAL_ID = 'VN';

export const isNational = (areaId: string): boolean => areaId === NATIONAL_ID;
