// Generates every new moon and every solar term (multiple of 15° of the sun's apparent longitude)
// from 1900 to 2100 with Astronomy Engine, in Terrestrial Time (TT), to the second.
const A = require('astronomy-engine');
const fs = require('fs');
function iso(tt) { // AstroTime.tt: days since J2000 TT (2000-01-01T12:00 TT)
  const ms = Math.round((tt * 86400) ) * 1000 + Date.UTC(2000, 0, 1, 12, 0, 0);
  return new Date(ms).toISOString().slice(0, 19);
}
const start = A.MakeTime(new Date(Date.UTC(1899, 11, 25)));
const end = new Date(Date.UTC(2101, 0, 1)).getTime();
let t = start, moons = [];
for (;;) {
  const m = A.SearchMoonPhase(0, t, 40);
  if (m.date.getTime() >= end) break;
  if (m.date.getUTCFullYear() >= 1900) moons.push(iso(m.tt));
  t = m.AddDays(20);
}
fs.writeFileSync('moons.txt', moons.join('\n') + '\n');
let terms = [];
for (let y = 1900; y <= 2100; y++) {
  for (let k = 0; k < 24; k++) {
    const lon = (285 + 15 * k) % 360; // from Tiểu hàn (285°) in early January
    const s = A.SearchSunLongitude(lon, A.MakeTime(new Date(Date.UTC(y, 0, 1 + Math.floor(k * 365.2422 / 24) - 5))), 20);
    terms.push(iso(s.tt) + '\t' + lon);
  }
}
fs.writeFileSync('terms.txt', terms.join('\n') + '\n');
console.log(moons.length, terms.length, moons[0], moons[moons.length-1], terms[0], terms[terms.length-1]);
