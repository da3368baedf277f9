# Written by vlab-report: headline charts, drawn from headline.csv only.
# Re-draw with: cd charts; gnuplot headline.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label

# Headline iops: iops ratio to the baseline driver
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 5386
    } else {
      set terminal png noenhanced size 1000, 5386
    }
  } else {
    set terminal svg noenhanced size 1000, 5386
  }
  set output 'headline-iops.'.fmt.sfx
  set title 'Headline iops: iops ratio to the baseline driver'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set yrange [238.6:0.4]
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
  plot 'headline.csv' skip 1 every ::0::237 using 5:2:yticlabels(strcol(3).'  '.strcol(4)) with points pointtype -1 notitle, \
    NaN with lines linecolor rgb '#404040' title keyline1, \
    'headline.csv' skip 1 using ((strcol(1) eq 'iops') && column(8) == 0 ? $5 : NaN):2:6:7 with xerrorbars pointtype 7 pointsize 1.2 linecolor rgb '#0072B2' title 'ratio'
  unset label 1
  set output
}

# Headline qd1-latency: lat_mean_us ratio to the baseline driver
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 1646
    } else {
      set terminal png noenhanced size 1000, 1646
    }
  } else {
    set terminal svg noenhanced size 1000, 1646
  }
  set output 'headline-qd1-latency.'.fmt.sfx
  set title 'Headline qd1-latency: lat_mean_us ratio to the baseline driver'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set yrange [68.6:0.4]
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
  plot 'headline.csv' skip 1 every ::238::305 using 5:2:yticlabels(strcol(3).'  '.strcol(4)) with points pointtype -1 notitle, \
    NaN with lines linecolor rgb '#404040' title keyline1, \
    'headline.csv' skip 1 using ((strcol(1) eq 'qd1-latency') && column(8) == 0 ? $5 : NaN):2:6:7 with xerrorbars pointtype 7 pointsize 1.2 linecolor rgb '#0072B2' title 'ratio'
  unset label 1
  set output
}

# Headline memory: mem_bytes ratio to the baseline driver
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 5078
    } else {
      set terminal png noenhanced size 1000, 5078
    }
  } else {
    set terminal svg noenhanced size 1000, 5078
  }
  set output 'headline-memory.'.fmt.sfx
  set title 'Headline memory: mem_bytes ratio to the baseline driver'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set yrange [224.6:0.4]
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
  plot 'headline.csv' skip 1 every ::306::529 using 5:2:yticlabels(strcol(3).'  '.strcol(4)) with points pointtype -1 notitle, \
    NaN with lines linecolor rgb '#404040' title keyline1, \
    'headline.csv' skip 1 using ((strcol(1) eq 'memory') && column(8) == 0 ? $5 : NaN):2:6:7 with xerrorbars pointtype 7 pointsize 1.2 linecolor rgb '#0072B2' title 'ratio'
  unset label 1
  set output
}
