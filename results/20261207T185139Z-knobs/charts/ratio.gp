# Written by vlab-report: ratio charts, drawn from ratio.csv only.
# Re-draw with: cd charts; gnuplot ratio.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label

# IOPS: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 520
    } else {
      set terminal png noenhanced size 1000, 520
    }
  } else {
    set terminal svg noenhanced size 1000, 520
  }
  set output 'ratio-iops.'.fmt.sfx
  set title 'IOPS: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:6.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd32 j1' 1, 'randwrite 4k qd1 j1' 2, 'randwrite 4k qd32 j1' 3, 'randrw-read70 64k qd8 j1' 4, 'read 1M qd4 j1' 5, 'write 1M qd4 j1' 6)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'aa/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'aa/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'aa/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 4 pointtype 7 title 'aa/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'prealloc/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 5 pointtype 7 title 'prealloc/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'prealloc/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 6 pointtype 7 title 'prealloc/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'prealloc-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 7 pointtype 7 title 'prealloc-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'prealloc-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 8 pointtype 7 title 'prealloc-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'hugepage/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 9 pointtype 7 title 'hugepage/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'hugepage/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 10 pointtype 7 title 'hugepage/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'hugepage-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 11 pointtype 7 title 'hugepage-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'hugepage-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 12 pointtype 7 title 'hugepage-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'lazy-1m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 13 pointtype 7 title 'lazy-1m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'lazy-1m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 14 pointtype 7 title 'lazy-1m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'lazy-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 15 pointtype 7 title 'lazy-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'lazy-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 16 pointtype 7 title 'lazy-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 17 pointtype 6 title 'direct/blkd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 18 pointtype 6 title 'direct/qsd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'runs/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 19 pointtype 7 title 'runs/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'runs/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 20 pointtype 7 title 'runs/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'nocache/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 21 pointtype 7 title 'nocache/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'nocache/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 22 pointtype 7 title 'nocache/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'iova-plain/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 23 pointtype 7 title 'iova-plain/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'iova-plain/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 24 pointtype 7 title 'iova-plain/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'kick-work/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 25 pointtype 7 title 'kick-work/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'kick-work/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 26 pointtype 7 title 'kick-work/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'kick-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 27 pointtype 7 title 'kick-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'kick-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 28 pointtype 7 title 'kick-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'inject-direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 29 pointtype 7 title 'inject-direct/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'inject-direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 30 pointtype 7 title 'inject-direct/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'inject-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 31 pointtype 7 title 'inject-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'inject-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 32 pointtype 7 title 'inject-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'irq-sticky/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 33 pointtype 7 title 'irq-sticky/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'irq-sticky/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 34 pointtype 7 title 'irq-sticky/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'irq-local/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 35 pointtype 7 title 'irq-local/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'irq-local/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 36 pointtype 7 title 'irq-local/qsd-ram', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# p99 latency: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 520
    } else {
      set terminal png noenhanced size 1000, 520
    }
  } else {
    set terminal svg noenhanced size 1000, 520
  }
  set output 'ratio-lat_p99_us.'.fmt.sfx
  set title 'p99 latency: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:6.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd32 j1' 1, 'randwrite 4k qd1 j1' 2, 'randwrite 4k qd32 j1' 3, 'randrw-read70 64k qd8 j1' 4, 'read 1M qd4 j1' 5, 'write 1M qd4 j1' 6)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'aa/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'aa/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'aa/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 4 pointtype 7 title 'aa/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'prealloc/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 5 pointtype 7 title 'prealloc/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'prealloc/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 6 pointtype 7 title 'prealloc/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'prealloc-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 7 pointtype 7 title 'prealloc-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'prealloc-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 8 pointtype 7 title 'prealloc-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'hugepage/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 9 pointtype 7 title 'hugepage/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'hugepage/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 10 pointtype 7 title 'hugepage/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'hugepage-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 11 pointtype 7 title 'hugepage-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'hugepage-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 12 pointtype 7 title 'hugepage-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'lazy-1m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 13 pointtype 7 title 'lazy-1m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'lazy-1m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 14 pointtype 7 title 'lazy-1m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'lazy-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 15 pointtype 7 title 'lazy-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'lazy-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 16 pointtype 7 title 'lazy-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 17 pointtype 6 title 'direct/blkd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 18 pointtype 6 title 'direct/qsd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'runs/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 19 pointtype 7 title 'runs/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'runs/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 20 pointtype 7 title 'runs/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'nocache/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 21 pointtype 7 title 'nocache/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'nocache/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 22 pointtype 7 title 'nocache/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'iova-plain/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 23 pointtype 7 title 'iova-plain/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'iova-plain/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 24 pointtype 7 title 'iova-plain/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'kick-work/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 25 pointtype 7 title 'kick-work/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'kick-work/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 26 pointtype 7 title 'kick-work/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'kick-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 27 pointtype 7 title 'kick-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'kick-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 28 pointtype 7 title 'kick-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'inject-direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 29 pointtype 7 title 'inject-direct/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'inject-direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 30 pointtype 7 title 'inject-direct/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'inject-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 31 pointtype 7 title 'inject-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'inject-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 32 pointtype 7 title 'inject-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'irq-sticky/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 33 pointtype 7 title 'irq-sticky/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'irq-sticky/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 34 pointtype 7 title 'irq-sticky/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'irq-local/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 35 pointtype 7 title 'irq-local/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'irq-local/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 36 pointtype 7 title 'irq-local/qsd-ram', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# CPU per I/O of fio and the backend: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1152, 520
    } else {
      set terminal png noenhanced size 1152, 520
    }
  } else {
    set terminal svg noenhanced size 1152, 520
  }
  set output 'ratio-cpu_us_per_io.'.fmt.sfx
  set title 'CPU per I/O of fio and the backend: ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:6.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd32 j1' 1, 'randwrite 4k qd1 j1' 2, 'randwrite 4k qd32 j1' 3, 'randrw-read70 64k qd8 j1' 4, 'read 1M qd4 j1' 5, 'write 1M qd4 j1' 6)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'aa/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'aa/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'aa/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 4 pointtype 7 title 'aa/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'prealloc/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 5 pointtype 7 title 'prealloc/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'prealloc/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 6 pointtype 7 title 'prealloc/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'prealloc-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 7 pointtype 7 title 'prealloc-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'prealloc-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 8 pointtype 7 title 'prealloc-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'hugepage/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 9 pointtype 7 title 'hugepage/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'hugepage/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 10 pointtype 7 title 'hugepage/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'hugepage-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 11 pointtype 7 title 'hugepage-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'hugepage-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 12 pointtype 7 title 'hugepage-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'lazy-1m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 13 pointtype 7 title 'lazy-1m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'lazy-1m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 14 pointtype 7 title 'lazy-1m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'lazy-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 15 pointtype 7 title 'lazy-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'lazy-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 16 pointtype 7 title 'lazy-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 17 pointtype 6 title 'direct/blkd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 18 pointtype 6 title 'direct/qsd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'runs/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 19 pointtype 7 title 'runs/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'runs/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 20 pointtype 7 title 'runs/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'nocache/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 21 pointtype 7 title 'nocache/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'nocache/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 22 pointtype 7 title 'nocache/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'iova-plain/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 23 pointtype 7 title 'iova-plain/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'iova-plain/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 24 pointtype 7 title 'iova-plain/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'kick-work/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 25 pointtype 7 title 'kick-work/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'kick-work/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 26 pointtype 7 title 'kick-work/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'kick-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 27 pointtype 7 title 'kick-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'kick-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 28 pointtype 7 title 'kick-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'inject-direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 29 pointtype 7 title 'inject-direct/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'inject-direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 30 pointtype 7 title 'inject-direct/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'inject-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 31 pointtype 7 title 'inject-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'inject-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 32 pointtype 7 title 'inject-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'irq-sticky/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 33 pointtype 7 title 'irq-sticky/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'irq-sticky/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 34 pointtype 7 title 'irq-sticky/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'irq-local/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 35 pointtype 7 title 'irq-local/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'irq-local/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 36 pointtype 7 title 'irq-local/qsd-ram', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# guest CPU per I/O (kernel workers, interrupts included): ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1320, 520
    } else {
      set terminal png noenhanced size 1320, 520
    }
  } else {
    set terminal svg noenhanced size 1320, 520
  }
  set output 'ratio-cpu_us_per_io_guest.'.fmt.sfx
  set title 'guest CPU per I/O (kernel workers, interrupts included): ratio to ours on the same backend (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:6.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd32 j1' 1, 'randwrite 4k qd1 j1' 2, 'randwrite 4k qd32 j1' 3, 'randrw-read70 64k qd8 j1' 4, 'read 1M qd4 j1' 5, 'write 1M qd4 j1' 6)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'aa/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'aa/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'aa/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 4 pointtype 7 title 'aa/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'prealloc/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 5 pointtype 7 title 'prealloc/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'prealloc/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 6 pointtype 7 title 'prealloc/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'prealloc-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 7 pointtype 7 title 'prealloc-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'prealloc-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 8 pointtype 7 title 'prealloc-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'hugepage/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 9 pointtype 7 title 'hugepage/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'hugepage/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 10 pointtype 7 title 'hugepage/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'hugepage-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 11 pointtype 7 title 'hugepage-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'hugepage-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 12 pointtype 7 title 'hugepage-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'lazy-1m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 13 pointtype 7 title 'lazy-1m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'lazy-1m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 14 pointtype 7 title 'lazy-1m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'lazy-4m/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 15 pointtype 7 title 'lazy-4m/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'lazy-4m/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 16 pointtype 7 title 'lazy-4m/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 17 pointtype 6 title 'direct/blkd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 18 pointtype 6 title 'direct/qsd-ram (unsafe)', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'runs/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 19 pointtype 7 title 'runs/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'runs/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 20 pointtype 7 title 'runs/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'nocache/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 21 pointtype 7 title 'nocache/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'nocache/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 22 pointtype 7 title 'nocache/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'iova-plain/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 23 pointtype 7 title 'iova-plain/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'iova-plain/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 24 pointtype 7 title 'iova-plain/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'kick-work/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 25 pointtype 7 title 'kick-work/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'kick-work/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 26 pointtype 7 title 'kick-work/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'kick-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 27 pointtype 7 title 'kick-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'kick-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 28 pointtype 7 title 'kick-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'inject-direct/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 29 pointtype 7 title 'inject-direct/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'inject-direct/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 30 pointtype 7 title 'inject-direct/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'inject-coalesce/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 31 pointtype 7 title 'inject-coalesce/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'inject-coalesce/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 32 pointtype 7 title 'inject-coalesce/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'irq-sticky/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 33 pointtype 7 title 'irq-sticky/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'irq-sticky/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 34 pointtype 7 title 'irq-sticky/qsd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'irq-local/blkd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 35 pointtype 7 title 'irq-local/blkd-ram', \
    'ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'irq-local/qsd-ram' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 36 pointtype 7 title 'irq-local/qsd-ram', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}
