# Written by vlab-report: stages charts, drawn from stages.csv only.
# Re-draw with: cd charts; gnuplot stages.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
# one bar per row: the stages stacked bottom up in the order an I/O passes them
set style data histograms
set style histogram rowstacked title offset 0, -1
set style fill solid 0.9 border rgb '#404040'
set boxwidth 0.7
set yrange [0:*]
set offsets 0, 0, graph 0.05, 0 # the total's marker clear of the border
set grid noxtics
set xtics nomirror scale 0
# the legend top down as the stack: the total above, queue at the bottom
set key invert
set ylabel 'mean latency per I/O (us)'

# Stages of the mean latency per I/O: randread, bs 4k, numjobs 1, clock icount
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1285, 590
    } else {
      set terminal png noenhanced size 1285, 590
    }
  } else {
    set terminal svg noenhanced size 1285, 590
  }
  set output 'stages-randread-4k-j1.'.fmt.sfx
  set title 'Stages of the mean latency per I/O: randread, bs 4k, numjobs 1, clock icount'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xtics rotate by 30 right
  set bmargin 8
  set xrange [-0.6:10.6]
  plot \
    newhistogram 'queue depth 1' at 0, \
    'stages.csv' skip 1 every ::0::4 using 8:xtic(5) linecolor rgb '#E69F00' title 'queue', \
    'stages.csv' skip 1 every ::0::4 using 9 linecolor rgb '#56B4E9' title 'map', \
    'stages.csv' skip 1 every ::0::4 using 10 linecolor rgb '#009E73' title 'kick', \
    'stages.csv' skip 1 every ::0::4 using 11 linecolor rgb '#0072B2' title 'backend', \
    'stages.csv' skip 1 every ::0::4 using 12 linecolor rgb '#CC79A7' title 'irq', \
    'stages.csv' skip 1 every ::0::4 using 13 linecolor rgb '#D55E00' title 'complete', \
    newhistogram 'queue depth 16' at 6, \
    'stages.csv' skip 1 every ::5::9 using 8:xtic(5) linecolor rgb '#E69F00' notitle, \
    'stages.csv' skip 1 every ::5::9 using 9 linecolor rgb '#56B4E9' notitle, \
    'stages.csv' skip 1 every ::5::9 using 10 linecolor rgb '#009E73' notitle, \
    'stages.csv' skip 1 every ::5::9 using 11 linecolor rgb '#0072B2' notitle, \
    'stages.csv' skip 1 every ::5::9 using 12 linecolor rgb '#CC79A7' notitle, \
    'stages.csv' skip 1 every ::5::9 using 13 linecolor rgb '#D55E00' notitle, \
    'stages.csv' skip 1 every ::0::9 using 7:14 with points pointtype 7 pointsize 1.3 linecolor rgb '#000000' title 'total (median)'
  unset label 1
  set output
}
