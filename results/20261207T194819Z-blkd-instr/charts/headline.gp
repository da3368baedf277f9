# Written by vlab-report: headline charts, drawn from headline.csv only.
# Re-draw with: cd charts; gnuplot headline.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label

# Headline instr-cost: iops ratio to the baseline backend
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 326
    } else {
      set terminal png noenhanced size 1000, 326
    }
  } else {
    set terminal svg noenhanced size 1000, 326
  }
  set output 'headline-instr-cost.'.fmt.sfx
  set title 'Headline instr-cost: iops ratio to the baseline backend'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set yrange [2.6:0.4]
  set ytics font ',9'
  set xtics auto
  set logscale x
  set offsets graph 0.05, graph 0.05, 0, 0
  set xlabel 'ratio (log scale): geometric mean of paired ratios, 95% t interval'
  set ylabel ''
  set lmargin 34
  unset arrow
  set key outside top center horizontal
  set arrow 1 from 1, graph 0 to 1, graph 1 nohead linecolor rgb '#404040' dashtype 1 linewidth 1
  keyline1 = 'no difference'
  set arrow 2 from 0.98, graph 0 to 0.98, graph 1 nohead linecolor rgb '#CC79A7' dashtype 2 linewidth 2
  keyline2 = 'goal >= 0.98'
  plot 'headline.csv' skip 1 every ::0::1 using 5:2:yticlabels(strcol(3).'  '.strcol(4)) with points pointtype -1 notitle, \
    NaN with lines linecolor rgb '#404040' title keyline1, \
    NaN with lines linecolor rgb '#CC79A7' dashtype 2 linewidth 2 title keyline2, \
    'headline.csv' skip 1 using ((strcol(1) eq 'instr-cost') && column(8) == 1 ? $5 : NaN):2:6:7 with xerrorbars pointtype 7 pointsize 1.2 linecolor rgb '#009E73' title 'met'
  unset label 1
  set output
}
